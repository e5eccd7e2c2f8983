import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { act, actOk, receive, startDossierWorld, type DossierWorld } from './dossiers.test-support.ts';

/** Vietnam local time as a UTC instant. */
const vn = (local: string) => new Date(`${local}:00+07:00`).toISOString();

describe.each(testEngines())('supplements, the clock and the ends of processing on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  // Every test starts later than the one before.
  beforeAll(async () => ({ t, w } = await startDossierWorld(engine, vn('2026-11-23T09:00'))), 60_000);
  afterAll(() => t.close());

  const at = (local: string) => t.clock.set(new Date(vn(local)));
  const ok = (session: Session, id: string, action: string, body: Record<string, unknown> = {}) => actOk(t, session, id, action, body);
  /** Received, transferred to Sở Tư pháp and assigned to the specialist. */
  const inProgress = async () => {
    const res = await receive(t, w);
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json();
    await ok(w.desk, id, 'transfer');
    await ok(w.leader, id, 'assign', { assigneeId: w.officers.specialist });
    return id as string;
  };
  const finish = async (id: string) => {
    await ok(w.specialist, id, 'request_approval', { assigneeId: w.officers.leader });
    await ok(w.leader, id, 'approve');
    await ok(w.leader, id, 'sign');
    await ok(w.specialist, id, 'issue_result', { result: { title: 'Thẻ tư vấn viên pháp luật' } });
    return ok(w.desk, id, 'return_result', { returnMethod: 'desk' });
  };
  const names = (d: { allowedActions: { action: string }[] }) => d.allowedActions.map((a) => a.action);
  const supplement = { reason: 'Thiếu bản sao Bằng cử nhân luật có chứng thực', missingDocuments: ['Bản sao Bằng cử nhân luật có chứng thực'] };
  const supplied = { documents: [{ requirement: 2, name: 'Bản sao Bằng cử nhân luật có chứng thực', originals: 0, copies: 1 }] };

  it('asks for a supplement once with the whole list, pauses the clock, and restarts the limit from zero when it arrives', async () => {
    at('2026-11-23T09:00');
    const id = await inProgress();
    at('2026-11-24T09:00');
    const noList = await act(t, w.specialist, id, 'request_supplement', { reason: supplement.reason });
    expect(noList.statusCode).toBe(400);
    expect(noList.json().errors).toEqual([{ path: 'body.missingDocuments', message: 'Cần liệt kê đầy đủ, một lần, các giấy tờ phải bổ sung' }]);
    const noReason = await act(t, w.specialist, id, 'request_supplement', { missingDocuments: supplement.missingDocuments });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('body.reason');

    let d = await ok(w.specialist, id, 'request_supplement', supplement);
    expect(d).toMatchObject({ status: 'supplement_requested', nationalStatus: { code: 5 }, dueAt: null, clock: { paused: true }, flags: [] });
    expect(d.standing).toEqual({ kind: 'open', value: 'within_limit', reasons: ['waiting_for_applicant'] });
    expect(d.actions.at(-1)).toMatchObject({ action: 'request_supplement', reason: supplement.reason, data: { missingDocuments: supplement.missingDocuments } });

    // The desk may not close it yet: the applicant still has time.
    const early = await act(t, w.desk, id, 'close_without_supplement');
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'ACTION_NOT_ALLOWED', reason: 'supplement_still_awaited' });
    expect(early.json().allowed).toEqual(expect.arrayContaining(['submit_supplement', 'stop', 'withdraw']));
    expect(early.json().allowed).not.toContain('close_without_supplement');

    at('2026-11-27T09:00');
    d = await ok(w.desk, id, 'submit_supplement', supplied);
    // Five working days again from Friday 27/11 09:00.
    expect(d).toMatchObject({ status: 'in_progress', nationalStatus: { code: 4 }, dueAt: vn('2026-12-04T09:00'), clock: { paused: false } });
    expect(d.clock.events.map((e: { type: string }) => e.type)).toEqual(['pause', 'restart']);
    expect(d.documents.filter((x: { source: string }) => x.source === 'supplement')).toEqual([
      expect.objectContaining({ position: 2, name: 'Bản sao Bằng cử nhân luật có chứng thực', required: true, copies: 1 }),
    ]);

    // A second request is allowed, but warned about and flagged: the national index counts the dossier late.
    const seen = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}`, headers: w.specialist.headers })).json();
    const warned = seen.allowedActions.find((a: { action: string }) => a.action === 'request_supplement');
    expect(warned.flags.map((f: { code: string }) => f.code)).toContain('repeated_supplement_request');
    at('2026-11-30T09:00');
    d = await ok(w.specialist, id, 'request_supplement', { reason: 'Thiếu giấy xác nhận thời gian công tác', missingDocuments: ['Giấy xác nhận thời gian công tác pháp luật'] });
    expect(d.flags.map((f: { code: string }) => f.code)).toContain('repeated_supplement_request');
    expect(d.actions.at(-1).flags).toContain('repeated_supplement_request');
    expect(d.standing).toMatchObject({ kind: 'open', value: 'overdue' });
    expect(d.standing.reasons).toContain('repeated_supplement_request');

    at('2026-12-01T09:00');
    await ok(w.desk, id, 'submit_supplement', { documents: [{ requirement: 0, name: 'Giấy xác nhận thời gian công tác pháp luật', originals: 1, copies: 0 }] });
    // Finished well before its appointment, and still late.
    d = await finish(id);
    expect(d.dueAt).toBe(vn('2026-12-08T09:00'));
    expect(d.standing).toEqual({ kind: 'finished', value: 'late', reasons: ['repeated_supplement_request'] });
  });

  it('closes a dossier without its supplement only after the configured days, and flags a late supplement notice', async () => {
    at('2026-12-07T09:00');
    const id = await inProgress();
    // Three working days after the receipt the notice is late (Thursday 10/12 09:00).
    at('2026-12-10T10:00');
    let d = await ok(w.specialist, id, 'request_supplement', supplement);
    expect(d.flags.map((f: { code: string }) => f.code)).toEqual(['supplement_notice_late']);
    expect(names(d)).toEqual([]);

    const desk = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}`, headers: w.desk.headers })).json();
    expect(names(desk)).toEqual(expect.arrayContaining(['submit_supplement', 'stop', 'withdraw']));
    expect(names(desk)).not.toContain('close_without_supplement');

    // Fifteen days, counted as calendar days, from the request.
    at('2026-12-25T09:59');
    expect((await act(t, w.desk, id, 'close_without_supplement')).json().reason).toBe('supplement_still_awaited');
    at('2026-12-25T10:00');
    const specialist = await act(t, w.specialist, id, 'close_without_supplement');
    expect(specialist.statusCode).toBe(403);
    d = await ok(w.desk, id, 'close_without_supplement');
    expect(d).toMatchObject({ status: 'closed_without_supplement', nationalStatus: { code: 8 }, endedAt: vn('2026-12-25T10:00'), allowedActions: [] });
    expect(d.standing).toEqual({ kind: 'finished', value: 'on_time', reasons: ['ended_while_paused'] });
    const row = await t.ctx.db.selectFrom('dossiers').select(['is_open', 'national_status']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toEqual({ is_open: 0, national_status: 8 });
  });

  it('pauses the clock while a financial obligation is owed and moves the due date by the time it took', async () => {
    at('2027-01-11T09:00');
    const id = await inProgress();
    let d = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}`, headers: w.specialist.headers })).json();
    expect(d.dueAt).toBe(vn('2027-01-18T09:00'));
    at('2027-01-12T09:00');
    const noObligation = await act(t, w.specialist, id, 'request_financial_obligation');
    expect(noObligation.json().errors[0].path).toBe('body.obligation');
    d = await ok(w.specialist, id, 'request_financial_obligation', { obligation: { description: 'Lệ phí cấp thẻ tư vấn viên pháp luật', amount: 100_000 } });
    expect(d).toMatchObject({ status: 'financial_obligation_requested', nationalStatus: { code: 6 }, dueAt: null, clock: { paused: true } });
    expect(d.obligations).toEqual([expect.objectContaining({ description: 'Lệ phí cấp thẻ tư vấn viên pháp luật', amount: 100_000, paidAt: null })]);

    at('2027-01-14T09:00');
    expect((await act(t, w.desk, id, 'record_payment')).json().errors[0].path).toBe('body.payment');
    d = await ok(w.desk, id, 'record_payment', { payment: { receiptNumber: 'BL-2026-0001', method: 'bank_transfer' } });
    // Two working days were spent paying: the appointment moves from Monday 18/01 to Wednesday 20/01.
    expect(d).toMatchObject({ status: 'in_progress', dueAt: vn('2027-01-20T09:00'), clock: { paused: false } });
    expect(d.clock.events.map((e: { type: string }) => e.type)).toEqual(['pause', 'resume']);
    expect(d.obligations[0]).toMatchObject({ paidAt: vn('2027-01-14T09:00'), receiptNumber: 'BL-2026-0001', paymentMethod: 'bank_transfer' });
    expect(d.actions.at(-1)).toMatchObject({ action: 'record_payment', dueAtAfter: vn('2027-01-20T09:00'), data: { amount: 100_000 } });
  });

  it('apologises with a later date once, and not less than one working day before the due date', async () => {
    at('2027-01-18T09:00');
    const id = await inProgress();
    const late = await inProgress();
    at('2027-01-22T09:00');
    const notLater = await act(t, w.specialist, id, 'apologise_and_extend', { reason: 'Cần xác minh thêm', newDueAt: vn('2027-01-25T08:00') });
    expect(notLater.statusCode).toBe(400);
    expect(notLater.json().errors).toEqual([{ path: 'body.newDueAt', message: 'Ngày hẹn mới phải sau ngày hẹn hiện tại.' }]);
    const noDate = await act(t, w.specialist, id, 'apologise_and_extend', { reason: 'Cần xác minh thêm' });
    expect(noDate.json().errors[0].path).toBe('body.newDueAt');

    let d = await ok(w.specialist, id, 'apologise_and_extend', { reason: 'Cần xác minh thêm với cơ quan đào tạo', newDueAt: vn('2027-01-27T09:00') });
    expect(d).toMatchObject({ status: 'in_progress', dueAt: vn('2027-01-27T09:00') });
    expect(d.clock.events).toEqual([{ at: vn('2027-01-22T09:00'), type: 'extend', until: vn('2027-01-27T09:00'), reason: 'Cần xác minh thêm với cơ quan đào tạo' }]);
    expect(names(d)).not.toContain('apologise_and_extend');
    const again = await act(t, w.specialist, id, 'apologise_and_extend', { reason: 'Lần nữa', newDueAt: vn('2027-01-29T09:00') });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ reason: 'apology_limit_reached' });
    expect(again.json().allowed).toContain('request_approval');

    // One hour past the last moment: less than one working day is left before Monday 25/01 09:00.
    at('2027-01-22T10:00');
    const tooLate = await act(t, w.specialist, late, 'apologise_and_extend', { reason: 'Cần xác minh thêm', newDueAt: vn('2027-01-27T09:00') });
    expect(tooLate.statusCode).toBe(409);
    expect(tooLate.json()).toMatchObject({ reason: 'apology_too_late', detail: 'Đã quá thời điểm gửi văn bản xin lỗi (chậm nhất 01 ngày làm việc trước ngày hẹn trả).' });
    d = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${late}`, headers: w.specialist.headers })).json();
    expect(d.dueAt).toBe(vn('2027-01-25T09:00'));
    expect(names(d)).not.toContain('apologise_and_extend');
  });

  it('ends processing by refusal, stop or withdrawal with the national codes, and nothing more can be done', async () => {
    at('2027-01-25T09:00');
    const refused = await inProgress();
    const noReason = await act(t, w.leader, refused, 'refuse');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0]).toEqual({ path: 'body.reason', message: 'Cần nêu lý do.' });
    expect((await act(t, w.specialist, refused, 'refuse', { reason: 'Không đủ điều kiện' })).statusCode).toBe(403);
    at('2027-01-26T09:00');
    let d = await ok(w.leader, refused, 'refuse', { reason: 'Người đề nghị chưa đủ ba năm công tác pháp luật' });
    expect(d).toMatchObject({ status: 'refused', nationalStatus: { code: 3 }, endedAt: vn('2027-01-26T09:00'), allowedActions: [] });
    expect(d.standing).toEqual({ kind: 'finished', value: 'on_time', reasons: [] });
    const after = await act(t, w.leader, refused, 'assign', { assigneeId: w.officers.specialist });
    expect(after.statusCode).toBe(409);
    expect(after.json()).toMatchObject({ code: 'ACTION_NOT_ALLOWED', reason: 'not_allowed_in_status', allowed: [] });

    const { id: stopped } = (await receive(t, w)).json();
    d = await ok(w.desk, stopped, 'stop', { reason: 'Người nộp đề nghị dừng giải quyết' });
    expect(d).toMatchObject({ status: 'stopped', nationalStatus: { code: 8 }, allowedActions: [] });
    expect(d.handovers.every((h: { endedAt: string | null }) => h.endedAt !== null)).toBe(true);

    const { id: withdrawn } = (await receive(t, w)).json();
    await ok(w.desk, withdrawn, 'transfer');
    d = await ok(w.desk, withdrawn, 'withdraw');
    expect(d).toMatchObject({ status: 'withdrawn', nationalStatus: { code: 7 }, allowedActions: [] });
    expect(d.actions.at(-1)).toMatchObject({ action: 'withdraw', fromStatus: 'awaiting_assignment', toStatus: 'withdrawn' });

    const open = await t.ctx.db.selectFrom('dossiers').select(['id', 'is_open']).where('id', 'in', [refused, stopped, withdrawn]).execute();
    expect(open.map((r) => r.is_open)).toEqual([0, 0, 0]);
  });

  it('judges a dossier early, on time or late against its appointment', async () => {
    at('2027-03-01T09:00');
    const late = await inProgress();
    const open = await inProgress();
    // Due Monday 08/03 09:00; the result is returned on Tuesday.
    at('2027-03-09T09:00');
    const d = await finish(late);
    expect(d.dueAt).toBe(vn('2027-03-08T09:00'));
    expect(d.standing).toEqual({ kind: 'finished', value: 'late', reasons: [] });
    const stillOpen = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${open}`, headers: w.specialist.headers })).json();
    expect(stillOpen.standing).toEqual({ kind: 'open', value: 'overdue', reasons: [] });
    // Exactly at the appointment is on time.
    at('2027-03-15T09:00');
    const onTime = await inProgress();
    await ok(w.specialist, onTime, 'request_approval', { assigneeId: w.officers.leader });
    await ok(w.leader, onTime, 'approve');
    await ok(w.leader, onTime, 'sign');
    at('2027-03-22T09:00');
    const issued = await ok(w.specialist, onTime, 'issue_result', { result: { title: 'Thẻ tư vấn viên pháp luật' } });
    expect(issued).toMatchObject({ status: 'result_ready', nationalStatus: { code: 9 }, dueAt: vn('2027-03-22T09:00'), endedAt: vn('2027-03-22T09:00') });
    expect(issued.standing.value).toBe('on_time');
  });
});
