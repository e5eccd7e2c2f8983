import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { receive, startDossierWorld, type DossierWorld } from './dossiers.test-support.ts';

describe.each(testEngines())('appointments follow edits of the working calendar on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  beforeAll(async () => ({ t, w } = await startDossierWorld(engine, '2026-11-23T02:00:00.000Z')), 60_000);
  afterAll(() => t.close());

  it('moves the due date of an open dossier when a day inside its window becomes a day off, and says why', async () => {
    const d = (await receive(t, w)).json();
    expect(d.dueAt).toBe('2026-11-30T02:00:00.000Z');
    const res = await t.app.inject({
      method: 'PUT', url: '/api/calendar/days/2026-11-25', headers: w.control.headers,
      payload: { kind: 'provincial_day_off', name: 'Nghỉ bù thử nghiệm', source: 'Quyết định 99/QĐ-UBND' },
    });
    expect(res.statusCode, res.body).toBe(200);
    while ((await t.worker.runOnce()) > 0);
    const after = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}`, headers: w.desk.headers })).json();
    expect(after.dueAt).toBe('2026-12-01T02:00:00.000Z');
    expect(after.version).toBe(d.version + 1);
    expect(after.clock.explanation.join('\n')).toContain('Nghỉ bù thử nghiệm');
    const audit = await t.ctx.db.selectFrom('audit_entries').select(['data']).where('action', '=', 'dossier.due_recomputed').where('entity_id', '=', d.id).execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ from: '2026-11-30T02:00:00.000Z', to: '2026-12-01T02:00:00.000Z' });
  });
});
