import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer } from '../../test/factories.ts';
import { logInAs, type Session, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { act, actOk, loadDemoRecord, PROCEDURE_CODE, publishProcedure, receive, startDossierWorld, type DossierWorld } from './dossiers.test-support.ts';

const vn = (local: string) => new Date(`${local}:00+07:00`).toISOString();
type Row = { id: string; code: string; dueAt: string | null };

describe.each(testEngines())('inter-agency processing and work queues on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  let construction: { specialist: Session; specialistId: string };
  let commune: { leader: Session; specialist: Session; specialistId: string; procedureId: string };
  let queueProcedureId: string;
  beforeAll(async () => {
    // Monday 02/11/2026, 09:00: the queue test needs dossiers received weeks before "today".
    ({ t, w } = await startDossierWorld(engine, vn('2026-11-02T09:00')));
    const db = t.ctx.db;
    const xd = await createOfficer(db, { username: 'xaydung', roles: [{ role: 'specialist', unit: w.units.construction }], fullName: 'Chuyên viên Sở Xây dựng' });
    await createOfficer(db, { username: 'xalanhdao', roles: [{ role: 'leader', unit: w.units.commune }], fullName: 'Lãnh đạo phường' });
    const xc = await createOfficer(db, { username: 'xachuyenvien', roles: [{ role: 'specialist', unit: w.units.commune }], fullName: 'Công chức phường' });
    const base = await loadDemoRecord(PROCEDURE_CODE);
    const communeProcedure = await publishProcedure(t, { ...base, code: '1.999020', name: 'Thủ tục cấp xã (thử nghiệm)', levels: ['commune'] }, [w.units.commune.id]);
    queueProcedureId = await publishProcedure(t, { ...base, code: '1.999021', name: 'Thủ tục cho hàng đợi (thử nghiệm)' }, [w.units.justice.id]);
    construction = { specialist: await logInAs(t.app, 'xaydung'), specialistId: xd.id };
    commune = { leader: await logInAs(t.app, 'xalanhdao'), specialist: await logInAs(t.app, 'xachuyenvien'), specialistId: xc.id, procedureId: communeProcedure };
  }, 60_000);
  afterAll(() => t.close());

  const at = (local: string) => t.clock.set(new Date(vn(local)));
  const ok = (session: Session, id: string, action: string, body: Record<string, unknown> = {}) => actOk(t, session, id, action, body);
  const view = async (session: Session, id: string) => t.app.inject({ method: 'GET', url: `/api/dossiers/${id}`, headers: session.headers });
  const received = async (overrides: Record<string, unknown> = {}, session = w.desk) => {
    const res = await receive(t, w, overrides, session);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Row & { version: number };
  };

  describe('work queues', () => {
    const ids: Record<string, string> = {};
    const queue = async (session: Session, query: string) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/dossiers/queue?procedureId=${queueProcedureId}&${query}`, headers: session.headers });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { items: Row[]; total: number };
      const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
      return { names: body.items.map((i) => byId.get(i.id) ?? i.code), items: body.items, total: body.total };
    };

    beforeAll(async () => {
      const make = async (name: string, steps: (id: string) => Promise<void>) => {
        const d = await received({ procedureId: queueProcedureId, applicant: { kind: 'individual', fullName: `Người nộp ${name}`, citizenId: '051190001234', phone: null, email: null, address: null } });
        ids[name] = d.id;
        await steps(d.id);
      };
      const transfer = async (id: string) => void (await ok(w.desk, id, 'transfer'));
      const assignTo = (officer: string) => async (id: string) => {
        await transfer(id);
        await ok(w.leader, id, 'assign', { assigneeId: w.officers[officer] });
      };
      // Received 02/11: due 09/11, long overdue by 23/11.
      await make('overdue', assignTo('specialist'));
      // Received 17/11 09:00: due 24/11 09:00, within one working day of Monday 23/11 09:00.
      at('2026-11-17T09:00');
      await make('dueSoon', transfer);
      at('2026-11-17T09:30');
      await make('dueLater', transfer);
      at('2026-11-23T09:00');
      await make('atDesk', async () => {});
      await make('unassigned', transfer);
      await make('mine', assignTo('specialist'));
      await make('theirs', assignTo('specialist2'));
      await make('waiting', async (id) => {
        await assignTo('specialist')(id);
        await ok(w.specialist, id, 'request_supplement', { reason: 'Thiếu giấy tờ', missingDocuments: ['Bản sao Bằng cử nhân luật'] });
      });
      await make('finished', async (id) => {
        await ok(w.desk, id, 'stop', { reason: 'Dừng theo đề nghị' });
      });
    }, 60_000);

    it('puts in each queue exactly the dossiers that belong there', async () => {
      expect((await queue(w.specialist, 'queue=mine')).names.sort()).toEqual(['mine', 'overdue', 'waiting']);
      expect((await queue(w.specialist2, 'queue=mine')).names).toEqual(['theirs']);
      expect((await queue(w.leader, 'queue=due_soon')).names).toEqual(['dueSoon']);
      expect((await queue(w.leader, 'queue=overdue')).names).toEqual(['overdue']);
      expect((await queue(w.leader, 'queue=waiting_applicant')).names).toEqual(['waiting']);
      expect((await queue(w.desk, 'queue=unit')).names).toEqual(['atDesk']);
      // The desk's queue is its own counter's: nothing at Sở Tư pháp, nothing finished.
      const unit = await queue(w.leader, 'queue=unit');
      expect(unit.names.sort()).toEqual(['dueLater', 'dueSoon', 'mine', 'overdue', 'theirs', 'unassigned', 'waiting']);
      expect(unit.total).toBe(7);
      const all = await queue(w.control, 'queue=all');
      expect(all.names).toContain('finished');
      expect(all.total).toBe(9);
    });

    it('sorts by due date either way, dossiers without a running clock last, and pages', async () => {
      const asc = await queue(w.leader, 'queue=unit&sort=due_at');
      expect(asc.names.slice(0, 3)).toEqual(['overdue', 'dueSoon', 'dueLater']);
      expect(asc.names.at(-1)).toBe('waiting');
      const dues = asc.items.map((i) => i.dueAt).filter((d): d is string => d !== null);
      expect(dues).toEqual([...dues].sort());
      const desc = await queue(w.leader, 'queue=unit&sort=-due_at');
      expect(desc.names[0]).not.toBe('overdue');
      expect(desc.names.at(-2)).toBe('overdue');
      expect(desc.names.at(-1)).toBe('waiting');
      const descDues = desc.items.map((i) => i.dueAt).filter((d): d is string => d !== null);
      expect(descDues).toEqual([...descDues].sort().reverse());
      const page2 = await queue(w.leader, 'queue=unit&sort=due_at&pageSize=3&page=2');
      expect(page2.names).toEqual(asc.names.slice(3, 6));
      expect(page2.total).toBe(7);
    });

    it('assigns several dossiers at once: the ones that can be are, the others say why', async () => {
      const versions = async (names: string[]) =>
        Promise.all(names.map(async (n) => ({ id: ids[n]!, expectedVersion: (await view(w.leader, ids[n]!)).json().version as number })));
      const dossiers = await versions(['unassigned', 'dueSoon', 'atDesk', 'dueLater']);
      const res = await t.app.inject({ method: 'POST', url: '/api/dossiers/bulk-assign', headers: w.leader.headers, payload: { assigneeId: w.officers.specialist2, dossiers } });
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().items as { id: string; ok: boolean; code: string | null; message: string | null }[];
      expect(items.map((i) => [i.id, i.ok])).toEqual([[ids.unassigned, true], [ids.dueSoon, true], [ids.atDesk, false], [ids.dueLater, true]]);
      // The desk still holds that one: not yet at Sở Tư pháp.
      expect(items[2]).toMatchObject({ code: 'ACTION_NOT_ALLOWED' });
      expect(items[2]!.message).toBeTruthy();
      expect((await queue(w.specialist2, 'queue=mine')).names.sort()).toEqual(['dueLater', 'dueSoon', 'theirs', 'unassigned']);
      expect((await view(w.leader, ids.atDesk!)).json().status).toBe('received');
    });
  });

  describe('with other agencies', () => {
    it('asks another body for its opinion with a deadline in working days; the answer is early, on time or late', async () => {
      at('2026-11-30T09:00');
      const d = await received();
      await ok(w.desk, d.id, 'transfer');
      await ok(w.leader, d.id, 'assign', { assigneeId: w.officers.specialist });
      let page = await ok(w.specialist, d.id, 'consult', { consultation: { unitId: w.units.construction.id, question: 'Trụ sở có đủ điều kiện?', workingDays: 2 } });
      expect(page.status).toBe('consulting');
      expect(page.consultations).toEqual([expect.objectContaining({ unit: { id: w.units.construction.id, name: 'Sở Xây dựng' }, dueAt: vn('2026-12-02T09:00'), answeredAt: null, timeliness: 'within_limit' })]);
      // The consulted body sees the dossier and answers from its own account, and may do nothing else with it.
      expect((await view(construction.specialist, d.id)).statusCode).toBe(200);
      expect((await view(construction.specialist, d.id)).json().allowedActions.map((a: { action: string }) => a.action)).toEqual(['answer_consultation']);
      expect((await view(w.otherLeader, d.id)).json().allowedActions.map((a: { action: string }) => a.action)).toEqual(['answer_consultation']);
      for (const [action, body] of [['stop', { reason: 'Dừng' }], ['apologise_and_extend', { reason: 'Xin lỗi', newDueAt: vn('2026-12-20T09:00') }]] as const) {
        const res = await act(t, w.otherLeader, d.id, action, body);
        expect(res.statusCode, `${action}: ${res.body}`).toBe(403);
      }
      at('2026-12-02T08:00');
      page = await ok(construction.specialist, d.id, 'answer_consultation', { answer: { consultationId: page.consultations[0].id, text: 'Đủ điều kiện' } });
      expect(page.status).toBe('in_progress');
      expect(page.consultations[0]).toMatchObject({ answer: 'Đủ điều kiện', answeredAt: vn('2026-12-02T08:00'), timeliness: 'on_time' });

      page = await ok(w.specialist, d.id, 'consult', { consultation: { unitId: w.units.construction.id, question: 'Ý kiến lần hai?', workingDays: 1 } });
      const second = page.consultations.find((c: { answeredAt: string | null }) => c.answeredAt === null);
      expect(second.dueAt).toBe(vn('2026-12-03T08:00'));
      at('2026-12-03T10:00');
      expect((await view(w.specialist, d.id)).json().consultations.find((c: { id: string }) => c.id === second.id).timeliness).toBe('overdue');
      page = await ok(construction.specialist, d.id, 'answer_consultation', { answer: { consultationId: second.id, text: 'Không có ý kiến' } });
      expect(page.consultations.find((c: { id: string }) => c.id === second.id).timeliness).toBe('late');
      // The answer does not make the dossier late: only its own due date does.
      expect(page.standing).toMatchObject({ kind: 'open', value: 'within_limit' });
    });

    it('hands the dossier on to another agency in sequence; the result comes back to the desk that received it', async () => {
      at('2026-12-07T09:00');
      const d = await received();
      await ok(w.desk, d.id, 'transfer');
      await ok(w.leader, d.id, 'assign', { assigneeId: w.officers.specialist });
      const missing = await act(t, w.specialist, d.id, 'transfer');
      expect(missing.json().errors[0].path).toBe('body.toUnitId');
      let page = await ok(w.specialist, d.id, 'transfer', { toUnitId: w.units.construction.id, reason: 'Thẩm định điều kiện trụ sở' });
      expect(page).toMatchObject({ status: 'awaiting_assignment', currentUnit: { id: w.units.construction.id }, assignee: null });
      expect(page.agencies.map((a: { unit: { name: string }; role: string; mode: string; completedAt: string | null }) => [a.unit.name, a.role, a.mode, a.completedAt !== null])).toEqual([
        ['Sở Tư pháp', 'lead', 'sequence', true],
        ['Sở Xây dựng', 'participant', 'sequence', false],
      ]);
      expect(page.agencies[1].task).toBe('Thẩm định điều kiện trụ sở');
      // Sở Xây dựng now holds it: its leader assigns, its queue lists it.
      const unitQueue = (await t.app.inject({ method: 'GET', url: '/api/dossiers/queue?queue=unit', headers: w.otherLeader.headers })).json();
      expect(unitQueue.items.map((i: { id: string }) => i.id)).toContain(d.id);
      await ok(w.otherLeader, d.id, 'assign', { assigneeId: construction.specialistId });
      await ok(construction.specialist, d.id, 'request_approval', { assigneeId: w.officers.otherleader });
      await ok(w.otherLeader, d.id, 'approve');
      await ok(w.otherLeader, d.id, 'sign');
      page = await ok(construction.specialist, d.id, 'issue_result', { result: { title: 'Thẻ tư vấn viên pháp luật' } });
      expect(page).toMatchObject({ status: 'result_ready', currentUnit: { id: w.units.centre.id }, receivingUnit: { id: w.units.centre.id } });
      expect(page.agencies.every((a: { completedAt: string | null }) => a.completedAt !== null)).toBe(true);
      expect(page.results[0].code).toBe(`${d.code}-KQ1`);
      page = await ok(w.desk, d.id, 'return_result', { returnMethod: 'desk' });
      expect(page).toMatchObject({ status: 'returned', nationalStatus: { code: 10 }, returnMethod: 'desk' });
    });

    it('escalates a commune dossier to Sở Tư pháp and returns the result at the commune desk, electronically', async () => {
      at('2026-12-14T09:00');
      const d = await received({ procedureId: commune.procedureId }, w.communeDesk);
      expect(d).toMatchObject({ competentUnit: { id: w.units.commune.id }, receivingUnit: { id: w.units.communeCentre.id } });
      expect(d.code).toBe('23293-261214-0001');
      // The province's desk and Sở Tư pháp do not see a commune's dossier.
      expect((await view(w.desk, d.id)).statusCode).toBe(404);
      expect((await view(w.leader, d.id)).statusCode).toBe(404);
      await ok(w.communeDesk, d.id, 'transfer');
      await ok(commune.leader, d.id, 'assign', { assigneeId: commune.specialistId });
      let page = await ok(commune.specialist, d.id, 'transfer', { toUnitId: w.units.justice.id, reason: 'Vượt thẩm quyền cấp xã' });
      expect(page).toMatchObject({ status: 'awaiting_assignment', currentUnit: { id: w.units.justice.id } });
      expect(page.agencies.map((a: { unit: { name: string }; role: string; mode: string }) => [a.unit.name, a.role, a.mode])).toEqual([
        ['UBND phường Kon Tum', 'lead', 'escalation'],
        ['Sở Tư pháp', 'higher_level', 'escalation'],
      ]);
      expect((await view(w.leader, d.id)).statusCode).toBe(200);
      await ok(w.leader, d.id, 'assign', { assigneeId: w.officers.specialist });
      await ok(w.specialist, d.id, 'request_approval', { assigneeId: w.officers.leader });
      await ok(w.leader, d.id, 'approve');
      await ok(w.leader, d.id, 'sign');
      page = await ok(w.specialist, d.id, 'issue_result', { result: { title: 'Văn bản trả lời' } });
      expect(page).toMatchObject({ status: 'result_ready', currentUnit: { id: w.units.communeCentre.id } });
      // The province's desk may not return what the commune desk received.
      expect((await act(t, w.desk, d.id, 'return_result', { returnMethod: 'desk' })).statusCode).toBe(404);
      page = await ok(w.communeDesk, d.id, 'return_result', { returnMethod: 'electronic' });
      expect(page).toMatchObject({ status: 'returned', returnMethod: 'electronic', results: [{ code: '23293-261214-0001-KQ1', returnMethod: 'electronic' }] });
    });

    it('moves paper the same working day, or the next one when received after 15:00; a later transfer is flagged', async () => {
      at('2026-12-28T14:59');
      const beforeCutoff = await received();
      at('2026-12-28T15:30');
      const afterCutoff = await received();
      at('2026-12-29T08:00');
      // The desk is warned before it clicks.
      const button = (await view(w.desk, beforeCutoff.id)).json().allowedActions.find((a: { action: string }) => a.action === 'transfer');
      expect(button.flags.map((f: { code: string }) => f.code)).toEqual(['transfer_late']);
      const late = await ok(w.desk, beforeCutoff.id, 'transfer');
      expect(late.flags.map((f: { code: string }) => f.code)).toEqual(['transfer_late']);
      expect(late.actions.at(-1).flags).toEqual(['transfer_late']);
      const onTime = await ok(w.desk, afterCutoff.id, 'transfer');
      expect(onTime.flags).toEqual([]);
    });

    it('refuses a transfer to the agency that already holds it or to no agency at all', async () => {
      at('2026-12-21T09:00');
      const d = await received();
      await ok(w.desk, d.id, 'transfer');
      await ok(w.leader, d.id, 'assign', { assigneeId: w.officers.specialist });
      for (const toUnitId of [w.units.justice.id, 'no-such-unit']) {
        const res = await act(t, w.specialist, d.id, 'transfer', { toUnitId });
        expect(res.statusCode).toBe(400);
        expect(res.json().errors).toEqual([{ path: 'body.toUnitId', message: 'Cơ quan chuyển đến không hợp lệ' }]);
      }
      expect((await view(w.specialist, d.id)).json()).toMatchObject({ status: 'in_progress', agencies: [] });
      // A chain of three: each agency takes the next place.
      await ok(w.specialist, d.id, 'transfer', { toUnitId: w.units.construction.id });
      await ok(w.otherLeader, d.id, 'assign', { assigneeId: construction.specialistId });
      const page = await ok(construction.specialist, d.id, 'transfer', { toUnitId: w.units.commune.id });
      expect(page.agencies.map((a: { unit: { name: string }; position: number; completedAt: string | null }) => [a.unit.name, a.position, a.completedAt !== null])).toEqual([
        ['Sở Tư pháp', 0, true], ['Sở Xây dựng', 1, true], ['UBND phường Kon Tum', 2, false],
      ]);
      // Sở Xây dựng has passed it on: it may no longer act on it.
      expect((await act(t, construction.specialist, d.id, 'stop', { reason: 'Dừng' })).statusCode).toBe(403);
    });
  });
});
