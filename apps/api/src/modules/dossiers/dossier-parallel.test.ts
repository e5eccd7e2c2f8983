import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer } from '../../test/factories.ts';
import { logInAs, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { act, actOk, receive, startDossierWorld, type DossierWorld } from './dossiers.test-support.ts';

describe.each(testEngines())('same-level inter-agency processing in parallel on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  beforeAll(async () => {
    ({ t, w } = await startDossierWorld(engine, '2026-11-23T02:00:00.000Z'));
    await createOfficer(t.ctx.db, { username: 'xaydung', roles: [{ role: 'specialist', unit: w.units.construction }] });
  }, 60_000);
  afterAll(() => t.close());

  it('sends the dossier to every agency at once, each with its own deadline, the holder leading; answers come back one by one', async () => {
    const { id } = (await receive(t, w)).json();
    const ok = (session: DossierWorld['desk'], action: string, body: Record<string, unknown> = {}) => actOk(t, session, id, action, body);
    await ok(w.desk, 'transfer');
    await ok(w.leader, 'assign', { assigneeId: w.officers.specialist });
    let d = await ok(w.specialist, 'consult', {
      consultation: { unitId: w.units.construction.id, parallelUnitIds: [w.units.commune.id], question: 'Cho ý kiến về điều kiện hành nghề', workingDays: 2 },
    });
    expect(d.status).toBe('consulting');
    expect(d.agencies.map((a: { unit: { name: string }; role: string; mode: string }) => [a.unit.name, a.role, a.mode])).toEqual([
      ['Sở Tư pháp', 'lead', 'parallel'], ['Sở Xây dựng', 'participant', 'parallel'], ['UBND phường Kon Tum', 'participant', 'parallel'],
    ]);
    expect(d.consultations.map((c: { dueAt: string }) => c.dueAt)).toEqual(['2026-11-25T02:00:00.000Z', '2026-11-25T02:00:00.000Z']);

    // The construction department answers on time from its own account.
    const xaydung = await logInAs(t.app, 'xaydung');
    const construction = d.consultations.find((c: { unit: { name: string } }) => c.unit.name === 'Sở Xây dựng');
    d = await ok(xaydung, 'answer_consultation', { answer: { consultationId: construction.id, text: 'Đủ điều kiện' } });
    expect(d.status).toBe('in_progress');
    expect(d.agencies[1]).toMatchObject({ completedAt: '2026-11-23T02:00:00.000Z', timeliness: 'early' });

    // The commune answers three working days later: recorded, and late.
    t.clock.set(new Date('2026-11-26T03:00:00.000Z'));
    const specialist = await logInAs(t.app, 'specialist');
    const commune = d.consultations.find((c: { unit: { name: string } }) => c.unit.name === 'UBND phường Kon Tum');
    d = await ok(specialist, 'answer_consultation', { answer: { consultationId: commune.id, text: 'Không có ý kiến khác' } });
    expect(d.consultations.find((c: { id: string }) => c.id === commune.id)).toMatchObject({ timeliness: 'late', answer: 'Không có ý kiến khác' });
    const again = await act(t, specialist, id, 'answer_consultation', { answer: { consultationId: commune.id, text: 'Lặp lại' } });
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json()).toMatchObject({ reason: 'no_open_consultation' });
    expect(again.json().allowed).toContain('request_approval');
  });
});
