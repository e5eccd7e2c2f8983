import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAs, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { act, receive, startDossierWorld, type DossierWorld } from './dossiers.test-support.ts';

describe.each(testEngines())('the system closes a dossier whose supplement never came on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  beforeAll(async () => ({ t, w } = await startDossierWorld(engine, '2026-11-23T02:00:00.000Z')), 60_000);
  afterAll(() => t.close());

  async function waitingForSupplement(): Promise<string> {
    const { id } = (await receive(t, w)).json();
    for (const [session, action, body] of [
      [w.desk, 'transfer', {}], [w.leader, 'assign', { assigneeId: w.officers.specialist }],
      [w.specialist, 'request_supplement', { reason: 'Thiếu giấy tờ', missingDocuments: ['Giấy xác nhận thời gian công tác pháp luật'] }],
    ] as const) {
      const res = await act(t, session, id, action, body);
      expect(res.statusCode, res.body).toBe(200);
    }
    return id;
  }

  async function runJobsAt(instant: string) {
    t.clock.set(new Date(instant));
    while ((await t.worker.runOnce()) > 0);
  }

  it('closes it once the configured time has passed, not before, and keeps who did it', async () => {
    const id = await waitingForSupplement();
    await runJobsAt('2026-11-30T02:00:00.000Z');
    const desk = await logInAs(t.app, 'desk');
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}`, headers: desk.headers })).json().status).toBe('supplement_requested');
    await runJobsAt('2026-12-10T02:00:00.000Z');
    const d = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}`, headers: (await logInAs(t.app, 'desk')).headers })).json();
    expect(d).toMatchObject({ status: 'closed_without_supplement', nationalStatus: { code: 8 } });
    expect(d.actions.at(-1)).toMatchObject({ action: 'close_without_supplement', actor: { kind: 'system', name: 'Hệ thống' } });
  });

  it('leaves alone a dossier whose supplement arrived in time', async () => {
    t.clock.set(new Date('2026-12-14T02:00:00.000Z'));
    w = { ...w, desk: await logInAs(t.app, 'desk'), leader: await logInAs(t.app, 'leader'), specialist: await logInAs(t.app, 'specialist') };
    const id = await waitingForSupplement();
    t.clock.set(new Date('2026-12-16T02:00:00.000Z'));
    const res = await act(t, await logInAs(t.app, 'desk'), id, 'submit_supplement', { documents: [{ requirement: null, name: 'Giấy xác nhận thời gian công tác pháp luật', originals: 1, copies: 0 }] });
    expect(res.statusCode, res.body).toBe(200);
    await runJobsAt('2027-01-15T02:00:00.000Z');
    const d = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}`, headers: (await logInAs(t.app, 'desk')).headers })).json();
    expect(d.status).toBe('in_progress');
  });
});
