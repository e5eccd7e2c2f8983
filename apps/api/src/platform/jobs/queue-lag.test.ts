import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createProvince } from '../../test/factories.ts';
import { createTestApp, logInAs, type Session, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { withUnitOfWork } from '../context.ts';
import { JobWorker } from './jobs.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe.each(testEngines())('the job queue made visible on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  let desk: Session;
  const t0 = '2026-11-23T02:00:00.000Z';

  beforeAll(async () => {
    t = await createTestApp(engine, { WORKER_LAG_WARN_SECONDS: '60' });
    const u = await createProvince(t.ctx.db);
    await createOfficer(t.ctx.db, { username: 'root', roles: [{ role: 'system_admin', unit: u.province }], totpSecret: SECRET });
    await createOfficer(t.ctx.db, { username: 'desk', roles: [{ role: 'desk_officer', unit: u.province }] });
    admin = await logInAs(t.app, 'root', undefined, await generate({ secret: SECRET, epoch: Math.floor(t.clock.now().getTime() / 1000) }));
    desk = await logInAs(t.app, 'desk');

    // One job that failed for good, one waiting for its second attempt, three due now and one due in an hour.
    const failing = new JobWorker(t.ctx.db, t.ctx.engine, t.clock)
      .register('explode', async () => { throw new Error('boom'); })
      .register('flaky', async () => { throw new Error('smtp down'); });
    await withUnitOfWork(t.ctx, async (uow) => {
      await uow.enqueue('explode', {}, { maxAttempts: 1 });
      await uow.enqueue('flaky', {}, { maxAttempts: 3 });
    });
    expect(await failing.runOnce()).toBe(2);
    await withUnitOfWork(t.ctx, async (uow) => {
      for (const to of ['a', 'b', 'c']) await uow.enqueue('notify', { to });
      await uow.enqueue('notify', { to: 'later' }, { runAt: '2026-11-23T03:00:00.000Z' });
    });
  });
  afterAll(() => t.close());

  const health = (headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: '/api/health', headers });
  const queue = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/jobs/queue', headers });
  const lagWarnings = () => t.logs.map((line) => JSON.parse(line) as { msg: string; level: number }).filter((l) => l.msg === 'job queue lagging');

  it('shows the queue to an officer with jobs.read: pending, due, retrying, dead and the oldest due job', async () => {
    const res = await queue(admin.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      pending: 5, due: 3, retrying: 1, running: 0, dead: 1,
      oldestDueAt: t0, oldestDueSeconds: 0, lagging: false, lagWarnSeconds: 60, checkedAt: t0,
    });
  });

  it('refuses the queue to anyone without jobs.read', async () => {
    expect((await queue(desk.headers)).statusCode).toBe(403);
    expect((await queue({})).statusCode).toBe(401);
  });

  it('reports health ok and logs nothing while due jobs wait less than WORKER_LAG_WARN_SECONDS', async () => {
    t.clock.set('2026-11-23T02:01:00.000Z');
    expect((await health()).json().status).toBe('ok');
    await t.worker.runPeriodic();
    expect(lagWarnings()).toEqual([]);
  });

  it('reports degraded health to everyone, the figures only to jobs.read, and logs a warning once the oldest due job is late', async () => {
    t.clock.set('2026-11-23T02:01:01.000Z');
    const anonymous = await health();
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json().status).toBe('degraded');
    expect(anonymous.json()).not.toHaveProperty('jobs');
    expect((await health(desk.headers)).json()).not.toHaveProperty('jobs');
    expect((await health(admin.headers)).json()).toMatchObject({ status: 'degraded', jobs: { due: 4, oldestDueAt: t0, oldestDueSeconds: 61, lagging: true } });

    t.clock.set('2026-11-23T02:01:31.000Z');
    await t.worker.runPeriodic();
    expect(lagWarnings()).toEqual([expect.objectContaining({ level: 40, oldestDueSeconds: 91, due: 4, pending: 5, dead: 1, lagWarnSeconds: 60 })]);
  });
});
