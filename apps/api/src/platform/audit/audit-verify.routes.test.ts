import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createProvince } from '../../test/factories.ts';
import { createTestApp, logInAs, type Session, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { withUnitOfWork } from '../context.ts';
import { activeAuditKeys } from './audit-keys.ts';
import { printableDigest, writeCheckpoint } from './checkpoints.ts';

describe.each(testEngines())('GET /api/audit-entries/verify on %s', (engine) => {
  let t: TestApp;
  let control: Session;
  let desk: Session;
  beforeAll(async () => {
    t = await createTestApp(engine);
    const u = await createProvince(t.ctx.db);
    await createOfficer(t.ctx.db, { username: 'control', roles: [{ role: 'control_officer', unit: u.province }] });
    await createOfficer(t.ctx.db, { username: 'desk', roles: [{ role: 'desk_officer', unit: u.justice }] });
    control = await logInAs(t.app, 'control');
    desk = await logInAs(t.app, 'desk');
  });
  afterAll(() => t.close());

  it('reports the keyed chain and its latest signed checkpoint to those allowed to read the audit log, and never the keys', async () => {
    await withUnitOfWork(t.ctx, (uow) => uow.audit({ actor: { kind: 'system', id: null }, action: 'test.event', entityType: 'test' }));
    const checkpoint = (await writeCheckpoint(t.ctx.db, activeAuditKeys(), t.ctx.config.audit.checkpointFile, { now: t.clock.now().toISOString() }))!;
    const res = await t.app.inject({ method: 'GET', url: '/api/audit-entries/verify', headers: control.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      ok: true, checked: checkpoint.seq, firstBrokenSeq: null, problem: null, reason: null, lastSeq: checkpoint.seq, legacyEntries: 0, checkpointsChecked: 1,
      latestCheckpoint: { seq: checkpoint.seq, at: '2026-11-23T02:00:00.000Z', digest: printableDigest(checkpoint) }, notes: [],
    });
    const dir = t.ctx.config.audit.keysDir;
    for (const file of readdirSync(dir)) {
      const secret = readFileSync(join(dir, file), 'utf8').trim();
      expect(res.body).not.toContain(secret.split('\n').find((l) => !l.startsWith('-----'))!);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/audit-entries/verify', headers: desk.headers })).statusCode).toBe(403);
  });
});
