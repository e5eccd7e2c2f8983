import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withUnitOfWork } from '../context.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { activeAuditKeys } from './audit-keys.ts';
import { verifyAuditChain as verifyWithKeys } from './audit-verify.ts';

describe.each(testEngines())('the hash-chained audit log on %s', (engine) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(engine);
  });
  afterEach(() => t.close());
  const verifyAuditChain = (db: typeof t.ctx.db) => verifyWithKeys(db, activeAuditKeys(), { checkpointFile: null });

  const write = (n: number) =>
    withUnitOfWork(t.ctx, (uow) => uow.audit({ actor: { kind: 'system', id: null }, action: 'test.event', entityType: 'test', entityId: String(n), data: { n } }));

  it('links each entry to the hash of the one before and verifies as intact', async () => {
    for (let i = 1; i <= 5; i++) await write(i);
    const rows = await t.ctx.db.selectFrom('audit_entries').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(rows.map((r) => r.key_id)).toEqual(['k1', 'k1', 'k1', 'k1', 'k1']);
    expect(await verifyAuditChain(t.ctx.db)).toEqual({
      ok: true, checked: 5, firstBrokenSeq: null, problem: null, reason: null, lastSeq: 5, legacyEntries: 0, checkpointsChecked: 0, latestCheckpoint: null, notes: [],
    });
  });

  it('names the first entry whose content was edited after the fact', async () => {
    for (let i = 1; i <= 6; i++) await write(i);
    await sql`update audit_entries set data = '{"n":99}' where seq = 4`.execute(t.ctx.db);
    const result = await verifyAuditChain(t.ctx.db);
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: 4, checked: 3, problem: 'tampered' });
  });

  it('detects a deleted entry in the middle and at the end of the chain', async () => {
    for (let i = 1; i <= 4; i++) await write(i);
    await sql`delete from audit_entries where seq = 4`.execute(t.ctx.db);
    expect((await verifyAuditChain(t.ctx.db)).firstBrokenSeq).toBe(4);
    await sql`delete from audit_entries where seq = 2`.execute(t.ctx.db);
    expect((await verifyAuditChain(t.ctx.db)).firstBrokenSeq).toBe(2);
  });

  it('rolls the audit entry back with a failed change', async () => {
    await write(1);
    await expect(
      withUnitOfWork(t.ctx, async (uow) => {
        await uow.audit({ actor: { kind: 'system', id: null }, action: 'test.doomed', entityType: 'test' });
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    const actions = await t.ctx.db.selectFrom('audit_entries').select('action').execute();
    expect(actions.map((a) => a.action)).toEqual(['test.event']);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('keeps one unbroken chain when many changes commit at the same time', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => write(i)));
    const result = await verifyAuditChain(t.ctx.db);
    expect(result).toMatchObject({ ok: true, checked: 25 });
  });
});
