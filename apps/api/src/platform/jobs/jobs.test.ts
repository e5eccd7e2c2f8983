import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../db/database.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { withUnitOfWork } from '../context.ts';
import { JobWorker } from './jobs.ts';
import { findJob } from './jobs.queries.ts';

describe.each(testEngines())('the outbox and job worker on %s', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(() => t.close());

  it('creates a job only when the change that enqueued it commits', async () => {
    const kept = await withUnitOfWork(t.ctx, (uow) => uow.enqueue('notify', { to: 'a' }));
    await expect(
      withUnitOfWork(t.ctx, async (uow) => {
        await uow.enqueue('notify', { to: 'b' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow();
    const jobs = await t.ctx.db.selectFrom('jobs').select(['id', 'payload']).execute();
    expect(jobs).toEqual([{ id: kept, payload: '{"to":"a"}' }]);
  });

  it('runs a due job once and marks it done', async () => {
    const seen: unknown[] = [];
    const worker = new JobWorker(t.ctx.db, t.ctx.engine, t.clock).register('notify', async (p) => void seen.push(p));
    const id = await withUnitOfWork(t.ctx, (uow) => uow.enqueue('notify', { to: 'x' }));
    expect(await worker.runOnce()).toBe(1);
    expect(await worker.runOnce()).toBe(0);
    expect(seen).toEqual([{ to: 'x' }]);
    expect((await findJob(t.ctx.db, id))?.status).toBe('done');
  });

  it('retries a failing job with growing back-off and gives up after the last attempt', async () => {
    let calls = 0;
    const worker = new JobWorker(t.ctx.db, t.ctx.engine, t.clock).register('flaky', async () => {
      calls += 1;
      throw new Error(`smtp down #${calls}`);
    });
    const id = await withUnitOfWork(t.ctx, (uow) => uow.enqueue('flaky', {}, { maxAttempts: 3 }));
    await worker.runOnce();
    let job = await findJob(t.ctx.db, id);
    expect(job).toMatchObject({ status: 'pending', attempts: 1, last_error: 'smtp down #1' });
    expect(Date.parse(job!.run_at) - t.clock.now().getTime()).toBe(2_000);
    expect(await worker.runOnce()).toBe(0);
    t.clock.advance(2_000);
    await worker.runOnce();
    job = await findJob(t.ctx.db, id);
    expect(Date.parse(job!.run_at) - t.clock.now().getTime()).toBe(4_000);
    t.clock.advance(4_000);
    await worker.runOnce();
    job = await findJob(t.ctx.db, id);
    expect(job).toMatchObject({ status: 'dead', attempts: 3, last_error: 'smtp down #3' });
    t.clock.advance(3_600_000);
    expect(await worker.runOnce()).toBe(0);
  });

  it('takes back a job whose worker died mid-run once its lease expires', async () => {
    const crashed = new JobWorker(t.ctx.db, t.ctx.engine, t.clock).register('slow', () => new Promise(() => {}));
    const id = await withUnitOfWork(t.ctx, (uow) => uow.enqueue('slow', {}));
    void crashed.runOnce();
    await new Promise((r) => setTimeout(r, 100));
    expect((await findJob(t.ctx.db, id))?.status).toBe('running');
    const healthy = new JobWorker(t.ctx.db, t.ctx.engine, t.clock).register('slow', async () => {});
    expect(await healthy.runOnce()).toBe(0);
    t.clock.advance(61_000);
    expect(await healthy.runOnce()).toBe(1);
    expect((await findJob(t.ctx.db, id))?.status).toBe('done');
  });

  it.runIf(engine === 'postgres')('never gives the same job to two API instances polling one database', async () => {
    const ids = await withUnitOfWork(t.ctx, async (uow) => Promise.all(Array.from({ length: 60 }, (_, i) => uow.enqueue('count', { i }))));
    const processed: number[] = [];
    const instances = [createDatabase(t.database.config, 4), createDatabase(t.database.config, 4), createDatabase(t.database.config, 4)];
    const workers = instances.map((d) =>
      new JobWorker(d.db, 'postgres', t.clock, { batchSize: 5 }).register('count', async (p) => {
        await new Promise((r) => setTimeout(r, 2));
        processed.push((p as { i: number }).i);
      }),
    );
    const drain = async (w: JobWorker) => {
      while ((await w.runOnce()) > 0);
    };
    await Promise.all(workers.flatMap((w) => [drain(w), drain(w)]));
    await Promise.all(instances.map((d) => d.destroy()));
    expect(processed).toHaveLength(ids.length);
    expect(new Set(processed).size).toBe(ids.length);
  });
});
