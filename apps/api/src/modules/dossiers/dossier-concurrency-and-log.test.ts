import type { TimeLimit } from '@motcua/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { loadWorkingCalendar } from '../calendar/index.ts';
import { loadWorkflowVersion } from '../workflow/index.ts';
import { loadReplayRows } from './action-log.queries.ts';
import { act, actOk, receive, startDossierWorld, type DossierWorld } from './dossiers.test-support.ts';
import { replayActionLog } from './replay.ts';
import { workflowRequiresApproval } from './step-progress.ts';

const vn = (local: string) => new Date(`${local}:00+07:00`).toISOString();

describe.each(testEngines())('concurrent actions, the action log, audit and outbox on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  beforeAll(async () => ({ t, w } = await startDossierWorld(engine, vn('2026-11-23T09:00'))), 60_000);
  afterAll(() => t.close());

  const ok = (session: Session, id: string, action: string, body: Record<string, unknown> = {}) => actOk(t, session, id, action, body);
  const post = (session: Session, id: string, action: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/dossiers/${id}/actions/${action}`, headers: { ...session.headers, ...headers }, payload: body });
  const newDossier = async () => {
    const res = await receive(t, w);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number };
  };

  /** Everything an action writes besides the dossier row: log rows, audit entries, outbox jobs. */
  const written = async (id: string) => {
    const db = t.ctx.db;
    const [actions, audit, jobs, dossier] = await Promise.all([
      db.selectFrom('dossier_actions').select(['seq', 'action']).where('dossier_id', '=', id).orderBy('seq').execute(),
      db.selectFrom('audit_entries').select(['action', 'data']).where('entity_type', '=', 'dossier').where('entity_id', '=', id).orderBy('seq').execute(),
      db.selectFrom('jobs').select(['kind', 'payload']).where('kind', '=', 'dossier.action_recorded').where('payload', 'like', `%${id}%`).orderBy('created_at').execute(),
      db.selectFrom('dossiers').select(['row_version', 'status']).where('id', '=', id).executeTakeFirstOrThrow(),
    ]);
    return { actions, audit, jobs: jobs.map((j) => JSON.parse(j.payload) as { action: string; status: string; nationalStatus: number }), dossier };
  };

  it('lets one of two officers acting at once win; the other gets 409 and nothing of it is written', async () => {
    // Five races at once: on PostgreSQL they really run side by side.
    const dossiers = await Promise.all(Array.from({ length: 5 }, () => newDossier()));
    const races = await Promise.all(
      dossiers.map((d) => Promise.all([
        post(w.desk, d.id, 'transfer', { expectedVersion: d.version }),
        post(w.leader, d.id, 'stop', { expectedVersion: d.version, reason: 'Người nộp đề nghị dừng' }),
      ])),
    );
    for (const [i, [transfer, stop]] of races.entries()) {
      const codes = [transfer.statusCode, stop.statusCode].sort();
      expect(codes, `${transfer.body} ${stop.body}`).toEqual([200, 409]);
      const loser = transfer.statusCode === 409 ? transfer : stop;
      expect(loser.json()).toMatchObject({ code: 'STALE_VERSION', currentVersion: 2 });
      const winner = transfer.statusCode === 200 ? 'transfer' : 'stop';
      const after = await written(dossiers[i]!.id);
      expect(after.actions.map((a) => a.action)).toEqual(['receive', winner]);
      expect(after.audit.map((a) => a.action)).toEqual(['dossier.received', `dossier.${winner}`]);
      expect(after.jobs.map((j) => j.action)).toEqual(['receive', winner]);
      expect(after.dossier).toEqual({ row_version: 2, status: winner === 'transfer' ? 'awaiting_assignment' : 'stopped' });
    }
  }, 30_000);

  it('refuses an action based on a version someone has since changed', async () => {
    const d = await newDossier();
    await ok(w.desk, d.id, 'transfer');
    const stale = await post(w.leader, d.id, 'assign', { expectedVersion: d.version, assigneeId: w.officers.specialist });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'STALE_VERSION', currentVersion: 2, dossierStatus: 'awaiting_assignment' });
    const after = await written(d.id);
    expect(after.actions).toHaveLength(2);
    expect(after.dossier.row_version).toBe(2);
  });

  it('writes, for each action, one log row, one audit entry and one outbox event, or none of them', async () => {
    const d = await newDossier();
    await ok(w.desk, d.id, 'transfer');
    await ok(w.leader, d.id, 'assign', { assigneeId: w.officers.specialist });
    // A consultation that fails on its second body after the first was written leaves nothing behind.
    const before = await written(d.id);
    const current = before.dossier.row_version;
    const failed = await post(w.specialist, d.id, 'consult', {
      expectedVersion: current, consultation: { unitId: w.units.construction.id, parallelUnitIds: ['no-such-unit'], question: 'Ý kiến?', workingDays: 2 },
    });
    expect(failed.statusCode).toBe(400);
    expect(failed.json().errors[0].path).toBe('body.consultation.parallelUnitIds.0');
    expect(await t.ctx.db.selectFrom('dossier_consultations').select('id').where('dossier_id', '=', d.id).execute()).toEqual([]);
    expect(await t.ctx.db.selectFrom('dossier_agencies').select('unit_id').where('dossier_id', '=', d.id).execute()).toEqual([]);
    expect(await written(d.id)).toEqual(before);

    await ok(w.specialist, d.id, 'consult', { consultation: { unitId: w.units.construction.id, question: 'Ý kiến về điều kiện?', workingDays: 2 } });
    const after = await written(d.id);
    expect(after.actions.map((a) => a.action)).toEqual(['receive', 'transfer', 'assign', 'consult']);
    expect(after.audit.map((a) => a.action)).toEqual(['dossier.received', 'dossier.transfer', 'dossier.assign', 'dossier.consult']);
    expect(JSON.parse(after.audit.at(-1)!.data)).toMatchObject({ from: 'in_progress', to: 'consulting' });
    expect(after.jobs.at(-1)).toMatchObject({ action: 'consult', status: 'consulting', nationalStatus: 4 });
    expect(after.jobs).toHaveLength(4);
    expect(after.dossier.row_version).toBe(4);
  });

  it('replays a retried action with the same Idempotency-Key instead of acting twice', async () => {
    const d = await newDossier();
    const headers = { 'idempotency-key': `transfer-${d.id}` };
    const first = await post(w.desk, d.id, 'transfer', { expectedVersion: d.version }, headers);
    const retry = await post(w.desk, d.id, 'transfer', { expectedVersion: d.version }, headers);
    expect(first.statusCode).toBe(200);
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json().version).toBe(first.json().version);
    const after = await written(d.id);
    expect(after.actions.map((a) => a.action)).toEqual(['receive', 'transfer']);
    expect(after.jobs).toHaveLength(2);
    // Without the key, the same request is a stale second action.
    expect((await post(w.desk, d.id, 'transfer', { expectedVersion: d.version })).json().code).toBe('STALE_VERSION');
  });

  describe('rebuilding the state from the action log', () => {
    const replay = async (id: string) => {
      const rows = (await loadReplayRows(t.ctx.db, id))!;
      const { calendar } = await loadWorkingCalendar(t.ctx.db);
      const workflow = rows.dossier.workflow_version_id ? await loadWorkflowVersion(t.ctx.db, rows.dossier.workflow_version_id) : undefined;
      const timeLimit = rows.dossier.time_limit_value !== null ? ({ value: rows.dossier.time_limit_value, unit: rows.dossier.time_limit_unit } as TimeLimit) : null;
      return { rows, result: replayActionLog({ actions: rows.actions, timeLimit, calendar, approvalRequired: workflowRequiresApproval(workflow?.steps) }) };
    };
    const expectReplayed = async (id: string) => {
      const { rows, result } = await replay(id);
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      if (!result.ok) return;
      expect(result.state).toEqual(JSON.parse(rows.dossier.state));
      expect(result.status).toBe(rows.dossier.status);
      expect(result.dueAt).toBe(rows.dossier.due_at);
      return result;
    };
    const at = (local: string) => t.clock.set(new Date(vn(local)));

    it('gives back the stored state through supplements, payment, apology, consultation and the result', async () => {
      at('2026-11-30T09:00');
      const d = await newDossier();
      await ok(w.desk, d.id, 'transfer');
      await ok(w.leader, d.id, 'assign', { assigneeId: w.officers.specialist });
      at('2026-12-01T10:00');
      await ok(w.specialist, d.id, 'start_step');
      await ok(w.specialist, d.id, 'request_supplement', { reason: 'Thiếu bằng', missingDocuments: ['Bản sao Bằng cử nhân luật'] });
      at('2026-12-03T14:00');
      await ok(w.desk, d.id, 'submit_supplement', { documents: [{ requirement: 2, name: 'Bản sao Bằng cử nhân luật', originals: 0, copies: 1 }] });
      at('2026-12-04T09:00');
      await ok(w.specialist, d.id, 'request_supplement', { reason: 'Thiếu giấy xác nhận', missingDocuments: ['Giấy xác nhận thời gian công tác'] });
      at('2026-12-07T09:00');
      await ok(w.desk, d.id, 'submit_supplement', { documents: [{ requirement: 0, name: 'Giấy xác nhận thời gian công tác', originals: 1, copies: 0 }] });
      await ok(w.specialist, d.id, 'request_financial_obligation', { obligation: { description: 'Lệ phí', amount: 100_000 } });
      at('2026-12-08T15:30');
      await ok(w.desk, d.id, 'record_payment', { payment: { receiptNumber: 'BL-9', method: 'cash' } });
      await ok(w.specialist, d.id, 'consult', { consultation: { unitId: w.units.construction.id, question: 'Ý kiến?', workingDays: 2 } });
      at('2026-12-11T09:00');
      const extended = await ok(w.specialist, d.id, 'apologise_and_extend', { reason: 'Chờ ý kiến', newDueAt: vn('2026-12-23T09:00') });
      await ok(w.specialist, d.id, 'answer_consultation', { answer: { consultationId: extended.consultations[0].id, text: 'Đồng ý' } });
      await ok(w.specialist, d.id, 'request_approval', { assigneeId: w.officers.leader });
      await ok(w.leader, d.id, 'send_back', { reason: 'Bổ sung nhận xét' });
      await ok(w.specialist, d.id, 'request_approval', { assigneeId: w.officers.leader });
      await ok(w.leader, d.id, 'approve');
      await ok(w.leader, d.id, 'sign');
      await ok(w.specialist, d.id, 'issue_result', { result: { title: 'Thẻ tư vấn viên pháp luật' } });
      at('2026-12-14T09:00');
      const last = await ok(w.desk, d.id, 'return_result', { returnMethod: 'post' });
      expect(last.actions).toHaveLength(20);
      const replayed = await expectReplayed(d.id);
      expect(replayed?.state).toMatchObject({ status: 'returned', supplementRequests: 2, apologies: 1, flags: ['repeated_supplement_request', 'supplement_notice_late'] });
      expect(replayed?.state.clockEvents.map((e) => e.type)).toEqual(['pause', 'restart', 'pause', 'restart', 'pause', 'resume', 'extend']);
      expect(replayed?.dueAt).toBe(vn('2026-12-23T09:00'));
    });

    it('gives back the stored state of dossiers ended by stop, withdrawal, refusal and closing', async () => {
      at('2026-12-14T09:00');
      const stopped = await newDossier();
      await ok(w.leader, stopped.id, 'stop', { reason: 'Dừng theo đề nghị' });
      const withdrawn = await newDossier();
      await ok(w.desk, withdrawn.id, 'transfer');
      await ok(w.desk, withdrawn.id, 'withdraw');
      const refused = await newDossier();
      await ok(w.desk, refused.id, 'transfer');
      await ok(w.leader, refused.id, 'assign', { assigneeId: w.officers.specialist2 });
      await ok(w.leader, refused.id, 'assign', { assigneeId: w.officers.specialist });
      await ok(w.leader, refused.id, 'refuse', { reason: 'Không đủ điều kiện' });
      const closed = await newDossier();
      await ok(w.desk, closed.id, 'transfer');
      await ok(w.leader, closed.id, 'assign', { assigneeId: w.officers.specialist });
      await ok(w.specialist, closed.id, 'request_supplement', { reason: 'Thiếu', missingDocuments: ['Bằng'] });
      at('2026-12-30T09:00');
      await ok(w.desk, closed.id, 'close_without_supplement');
      for (const d of [stopped, withdrawn, refused, closed]) await expectReplayed(d.id);
    });

    it('names the first action where a tampered log and the dossier part ways', async () => {
      at('2026-12-30T10:00');
      const d = await newDossier();
      await ok(w.desk, d.id, 'transfer');
      await ok(w.leader, d.id, 'assign', { assigneeId: w.officers.specialist });
      const { rows } = await replay(d.id);
      const { calendar } = await loadWorkingCalendar(t.ctx.db);
      // A receipt moved a day later would have a later due date than the one logged.
      const tampered = rows.actions.map((a) => (a.seq === 1 ? { ...a, at: vn('2026-12-31T10:00') } : a));
      const result = replayActionLog({ actions: tampered, timeLimit: { value: 5, unit: 'working_days' }, calendar, approvalRequired: true });
      expect(result).toMatchObject({ ok: false, seq: 1 });
      expect(replayActionLog({ actions: rows.actions, timeLimit: { value: 5, unit: 'working_days' }, calendar, approvalRequired: true })).toMatchObject({ ok: true, status: 'in_progress' });
      const noRole = replayActionLog({ actions: rows.actions.map((a) => (a.seq === 3 ? { ...a, actor_role: 'desk_officer' } : a)), timeLimit: { value: 5, unit: 'working_days' }, calendar, approvalRequired: true });
      expect(noRole).toEqual({ ok: false, seq: 3, problem: 'refused: role_not_permitted' });
    });
  });
});
