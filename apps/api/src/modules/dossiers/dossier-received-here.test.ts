/**
 * The desk's "received here" queue: the open dossiers a desk received, wherever they are now, so the desk can answer
 * "where is my dossier?" without the register.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { actOk, receive, startDossierWorld, stepsToIssuedResult, walk, type DossierWorld } from './dossiers.test-support.ts';

/** Vietnam local time as a UTC instant. */
const vn = (local: string) => new Date(`${local}:00+07:00`).toISOString();

type Item = { id: string; code: string; status: string; dueAt: string | null; currentUnit: { id: string; name: string }; assignee: { fullName: string } | null; standing: { value: string } };

describe.each(testEngines())('the desk follows the dossiers it received on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  const ids: Record<string, string> = {};
  const codes: Record<string, string> = {};

  const at = (local: string) => t.clock.set(new Date(vn(local)));
  const received = async (name: string, session: Session = w.desk, fullName?: string) => {
    const applicant = { kind: 'individual' as const, fullName: fullName ?? 'Nguyễn Thị Hồng Nhung', citizenId: '051190001234' };
    const res = await receive(t, w, { applicant }, session);
    expect(res.statusCode, res.body).toBe(201);
    ids[name] = res.json().id;
    codes[name] = res.json().code;
    return ids[name]!;
  };
  const queue = (session: Session, query = '') => t.app.inject({ method: 'GET', url: `/api/dossiers/queue?queue=received_here&pageSize=200${query}`, headers: session.headers });
  const items = async (session: Session, query = ''): Promise<Item[]> => {
    const res = await queue(session, query);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  };
  const names = (list: Item[]) => list.map((i) => Object.keys(ids).find((k) => ids[k] === i.id) ?? i.code);

  beforeAll(async () => {
    ({ t, w } = await startDossierWorld(engine, vn('2026-11-23T09:00')));
    // Transferred on Monday and assigned: due Monday 30/11 09:00.
    await received('atAgency');
    await actOk(t, w.desk, ids.atAgency!, 'transfer');
    await actOk(t, w.leader, ids.atAgency!, 'assign', { assigneeId: w.officers.specialist });
    // Waiting for the applicant's supplement: the clock is paused, no due date.
    at('2026-11-23T09:30');
    await received('paused');
    await actOk(t, w.desk, ids.paused!, 'transfer');
    await actOk(t, w.leader, ids.paused!, 'assign', { assigneeId: w.officers.specialist });
    await actOk(t, w.specialist, ids.paused!, 'request_supplement', { reason: 'Thiếu bản sao Bằng cử nhân luật có chứng thực', missingDocuments: ['Bản sao Bằng cử nhân luật có chứng thực'] });
    // Tuesday: one transferred (due 01/12 09:00), one still at the desk (due 01/12 10:00).
    at('2026-11-24T09:00');
    await received('transferredLater', w.desk, 'Trần Văn Bình');
    await actOk(t, w.desk, ids.transferredLater!, 'transfer');
    at('2026-11-24T10:00');
    await received('stillAtDesk');
    // Ended: one returned to the applicant, one withdrawn.
    await received('returned');
    await walk(t, ids.returned!, stepsToIssuedResult(w));
    await actOk(t, w.desk, ids.returned!, 'return_result', { returnMethod: 'desk' });
    await received('withdrawn');
    await actOk(t, w.desk, ids.withdrawn!, 'withdraw');
    // Another desk's receipt, transferred to the same agency.
    await received('otherDesk', w.communeDesk);
    await actOk(t, w.communeDesk, ids.otherDesk!, 'transfer');
    // Monday 30/11 10:00: the first dossier is overdue.
    at('2026-11-30T10:00');
  }, 120_000);
  afterAll(() => t.close());

  it('lists what the desk received and has not ended, wherever it is now, soonest due first and paused ones last', async () => {
    const list = await items(w.desk);
    expect(names(list)).toEqual(['atAgency', 'transferredLater', 'stillAtDesk', 'paused']);
    const byName = Object.fromEntries(list.map((i) => [names([i])[0], i]));
    expect(byName.atAgency).toMatchObject({
      status: 'in_progress', dueAt: vn('2026-11-30T09:00'), currentUnit: { id: w.units.justice.id, name: 'Sở Tư pháp' },
      assignee: { fullName: 'Cán bộ specialist' }, standing: { value: 'overdue' },
    });
    expect(byName.transferredLater).toMatchObject({ status: 'awaiting_assignment', dueAt: vn('2026-12-01T09:00'), currentUnit: { id: w.units.justice.id }, assignee: null, standing: { value: 'within_limit' } });
    expect(byName.stillAtDesk).toMatchObject({ status: 'received', currentUnit: { id: w.units.centre.id }, standing: { value: 'within_limit' } });
    expect(byName.paused).toMatchObject({ status: 'supplement_requested', dueAt: null, currentUnit: { id: w.units.justice.id } });
    // The desk's own unit queue has lost the transferred ones: this queue is where it finds them.
    const unit = (await t.app.inject({ method: 'GET', url: '/api/dossiers/queue?queue=unit&pageSize=200', headers: w.desk.headers })).json();
    expect(unit.items.map((i: Item) => i.id)).toEqual([ids.stillAtDesk]);
    // And it may open them.
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/${ids.atAgency}`, headers: w.desk.headers })).statusCode).toBe(200);
  });

  it('keeps each desk to its own receipts', async () => {
    expect(names(await items(w.communeDesk))).toEqual(['otherDesk']);
    const [other] = await items(w.communeDesk);
    expect(other).toMatchObject({ currentUnit: { id: w.units.justice.id }, status: 'awaiting_assignment' });
    // Narrowing to one's own desk answers the same; another desk is out of scope.
    expect(names(await items(w.desk, `&unitId=${w.units.centre.id}`))).toEqual(['atAgency', 'transferredLater', 'stillAtDesk', 'paused']);
    const outside = await queue(w.desk, `&unitId=${w.units.communeCentre.id}`);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('OUT_OF_SCOPE');
  });

  it('filters like the other queues: by code, applicant name, procedure, status, and pages with a total', async () => {
    expect(names(await items(w.desk, `&q=${encodeURIComponent(codes.stillAtDesk!)}`))).toEqual(['stillAtDesk']);
    expect(names(await items(w.desk, `&q=${encodeURIComponent('Văn Bình')}`))).toEqual(['transferredLater']);
    expect(names(await items(w.desk, `&status=supplement_requested`))).toEqual(['paused']);
    expect(await items(w.desk, `&procedureId=${w.procedureId}`)).toHaveLength(4);
    expect(await items(w.desk, '&procedureId=another-procedure')).toEqual([]);
    const page2 = (await t.app.inject({ method: 'GET', url: '/api/dossiers/queue?queue=received_here&pageSize=3&page=2', headers: w.desk.headers })).json();
    expect(page2).toMatchObject({ total: 4, page: 2 });
    expect(names(page2.items)).toEqual(['paused']);
  });

  it('is refused to officers who work at no desk, even those who see these dossiers', async () => {
    for (const session of [w.specialist, w.leader, w.viewer, w.control, w.otherLeader]) {
      const res = await queue(session);
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('FORBIDDEN');
    }
  });
});
