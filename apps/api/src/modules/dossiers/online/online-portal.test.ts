import type { TimeLimit } from '@motcua/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/test-app.ts';
import { testEngines } from '../../../test/test-database.ts';
import { registerAndLogIn } from '../../applicants/applicants.test-support.ts';
import { loadWorkingCalendar } from '../../calendar/index.ts';
import { loadReplayRows } from '../action-log.queries.ts';
import { replayActionLog } from '../replay.ts';
import { actOk, receive, view, type DossierWorld } from '../dossiers.test-support.ts';
import {
  APPLICANT, applyOnline, createOnlineApp, inboundBody, onlineWorld, PNG, portalView, pushInbound, saveDraft, submitDraft, upload, uploadId, vn, type ApplicantHeaders,
} from './online.test-support.ts';

describe.each(testEngines())('the portal: drafts, my dossiers and supplements on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  let alice: ApplicantHeaders;
  let bob: ApplicantHeaders;

  beforeAll(async () => {
    t = await createOnlineApp(engine);
    w = await onlineWorld(t);
    alice = (await registerAndLogIn(t)).headers;
    bob = (await registerAndLogIn(t)).headers;
  }, 60_000);
  afterAll(() => t.close());

  const ok = (session: DossierWorld['desk'], id: string, action: string, body: Record<string, unknown> = {}) => actOk(t, session, id, action, body);
  const supplement = (headers: ApplicantHeaders, id: string, documents: unknown[]) =>
    t.app.inject({ method: 'POST', url: `/api/portal/dossiers/${id}/supplement`, headers, payload: { documents } });

  it('saves, resumes and deletes a draft that only its account sees, and submits it once', async () => {
    const id = await saveDraft(t, alice, { formData: { fullName: 'Nguyễn Thị Hồng Nhung' } }, [0]);
    const mine = await t.app.inject({ method: 'GET', url: `/api/portal/drafts/${id}`, headers: alice });
    const draft = mine.json() as Record<string, unknown>;
    expect(draft).toMatchObject({ id, procedureCode: '1.000426', formData: { fullName: 'Nguyễn Thị Hồng Nhung' }, documents: [{ requirement: 0 }] });
    const resumed = await t.app.inject({ method: 'PUT', url: `/api/portal/drafts/${id}`, headers: alice, payload: { ...draft, formData: { fullName: 'Nguyễn Thị Hồng Nhung', yearsOfPractice: 4 } } });
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json().formData).toEqual({ fullName: 'Nguyễn Thị Hồng Nhung', yearsOfPractice: 4 });

    // Bob neither sees, changes, deletes nor submits it, nor can he point a draft at Alice's upload.
    for (const method of ['GET', 'PUT', 'DELETE'] as const) {
      const res = await t.app.inject({ method, url: `/api/portal/drafts/${id}`, headers: bob, ...(method === 'PUT' ? { payload: draft } : {}) });
      expect(res.statusCode, method).toBe(404);
    }
    expect((await submitDraft(t, bob, id)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/portal/drafts', headers: bob })).json().items).toEqual([]);
    const stolen = await t.app.inject({ method: 'POST', url: '/api/portal/drafts', headers: bob, payload: { procedureCode: '1.000426', variantKey: 'v1', documents: draft.documents } });
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json().errors).toEqual([{ path: 'body.documents.0.fileId', message: 'Không tìm thấy tệp đã tải lên' }]);

    const elsewhere = await t.app.inject({ method: 'PUT', url: `/api/portal/drafts/${id}`, headers: alice, payload: { ...draft, agencyUnitId: w.units.construction.id } });
    expect(elsewhere.json().errors).toEqual([{ path: 'body.agencyUnitId', message: 'Cơ quan này không giải quyết thủ tục đã chọn' }]);

    expect((await t.app.inject({ method: 'DELETE', url: `/api/portal/drafts/${id}`, headers: alice })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/portal/drafts/${id}`, headers: alice })).statusCode).toBe(404);

    // An account applies in its own name: another person's valid citizen ID is refused on its field, kept as a draft.
    const someoneElse = await saveDraft(t, alice, { applicant: { ...APPLICANT, citizenId: '051095004321' } });
    const refused = await submitDraft(t, alice, someoneElse);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ path: 'draft.applicant.citizenId', message: expect.stringContaining('chủ tài khoản') }]);
    expect((await t.app.inject({ method: 'GET', url: `/api/portal/drafts/${someoneElse}`, headers: alice })).statusCode).toBe(200);
    const noProfile = (await registerAndLogIn(t, { citizenId: null })).headers;
    const unverified = await submitDraft(t, noProfile, await saveDraft(t, noProfile));
    expect(unverified.json().errors).toEqual([{ path: 'draft.applicant.citizenId', message: expect.stringContaining('Thông tin tài khoản') }]);

    const complete = await saveDraft(t, alice);
    const submitted = await submitDraft(t, alice, complete);
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(submitted.json()).toMatchObject({ status: 'newly_registered', statusLabel: expect.any(String), code: expect.stringMatching(/^51\.STP-\d{6}-\d{4}$/), acceptBy: expect.any(String) });
    expect((await submitDraft(t, alice, complete)).statusCode).toBe(404);
  });

  it('checks uploads like the desk scans and keeps them to the portal account', async () => {
    const exe = await upload(t, alice, Buffer.from('MZ\x90\x00 executable'), 'don.pdf', 'application/pdf');
    expect(exe.statusCode).toBe(415);
    expect((await upload(t, alice, PNG, 'anh.png', 'image/png')).statusCode).toBe(201);
    expect((await upload(t, w.desk.headers, PNG, 'anh.png', 'image/png')).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/portal/dossiers' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('never shows or lets anyone supplement another applicant\'s dossier', async () => {
    const id = await applyOnline(t, alice);
    expect((await portalView(t, alice, id)).statusCode).toBe(200);
    expect((await portalView(t, bob, id)).statusCode).toBe(404);
    await ok(w.desk, id, 'request_supplement', { reason: 'Ảnh chụp mờ', missingDocuments: ['Bản sao Bằng cử nhân luật rõ nét'] });
    const bobs = await supplement(bob, id, [{ requirement: 2, fileId: await uploadId(t, bob) }]);
    expect(bobs.statusCode).toBe(404);
    // Nor with Alice's file in hand.
    const alicesFile = await uploadId(t, alice);
    expect((await supplement(bob, id, [{ requirement: 2, fileId: alicesFile }])).statusCode).toBe(404);
    const list = (await t.app.inject({ method: 'GET', url: '/api/portal/dossiers', headers: bob })).json();
    expect(list.items.map((d: { id: string }) => d.id)).not.toContain(id);
    const alices = (await t.app.inject({ method: 'GET', url: '/api/portal/dossiers', headers: alice })).json();
    expect(alices.items.map((d: { id: string }) => d.id)).toContain(id);
    // Officers use their own pages, never the portal's.
    expect((await portalView(t, w.desk.headers, id)).statusCode).toBe(403);
  });

  it('shows the desk\'s correction request before acceptance; the applicant uploads and the dossier goes back to the desk', async () => {
    t.clock.set(vn('2026-11-23T09:00'));
    const id = await applyOnline(t, alice);
    t.clock.set(vn('2026-11-23T10:00'));
    const asked = await ok(w.desk, id, 'request_supplement', { reason: 'Bằng cử nhân chụp thiếu trang 2', missingDocuments: ['Bản sao Bằng cử nhân luật (đủ 2 trang)', 'Bản giải trình thời gian công tác'] });
    expect(asked.status).toBe('awaiting_online_correction');

    const seen = (await portalView(t, alice, id)).json();
    expect(seen).toMatchObject({
      status: 'awaiting_online_correction', supplementRequest: { requestedAt: vn('2026-11-23T10:00'), reason: 'Bằng cử nhân chụp thiếu trang 2', items: ['Bản sao Bằng cử nhân luật (đủ 2 trang)', 'Bản giải trình thời gian công tác'] },
      availableActions: [{ action: 'submit_supplement' }], agency: 'Sở Tư pháp', receivingUnit: w.units.centre.name,
    });
    expect(seen.requirements).toHaveLength(3);
    expect(seen.steps.map((s: { label: string }) => s.label)).toEqual(['Đăng ký hồ sơ trực tuyến', 'Yêu cầu bổ sung, hoàn thiện hồ sơ']);
    expect(JSON.stringify(seen)).not.toContain('Cán bộ desk');

    const noName = await supplement(alice, id, [{ requirement: null, fileId: await uploadId(t, alice) }]);
    expect(noName.json().errors).toEqual([{ path: 'body.documents.0.name', message: 'Cần ghi tên giấy tờ' }]);
    t.clock.set(vn('2026-11-23T14:00'));
    const res = await supplement(alice, id, [
      { requirement: 2, fileId: await uploadId(t, alice) },
      { requirement: null, name: 'Bản giải trình thời gian công tác', fileId: await uploadId(t, alice, PNG) },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'newly_registered', supplementRequest: null, availableActions: [] });
    expect(res.json().documents.filter((d: { source: string }) => d.source === 'supplement').map((d: { name: string }) => d.name))
      .toEqual(['Bản sao Bằng cử nhân luật', 'Bản giải trình thời gian công tác']);

    const desk = await view(t, w.desk, id);
    expect(desk).toMatchObject({ status: 'newly_registered', receivedAt: null, dueAt: null });
    // The correction round was the applicant's time: the desk's acceptance limit counts again from 14:00.
    expect(desk.onlineAcceptance).toMatchObject({ registeredAt: vn('2026-11-23T09:00'), resubmittedAt: vn('2026-11-23T14:00'), acceptBy: vn('2026-11-24T14:00') });
    expect(desk.stepDueAt).toBe(desk.onlineAcceptance.acceptBy);
    // On the process-control sheet the desk answered its first round in time; the corrected dossier is a new row.
    expect(desk.handovers.map((h: { stepKind: string; dueAt: string | null; timeliness: string | null; endedAt: string | null }) => [h.dueAt, h.endedAt, h.timeliness])).toEqual([
      [vn('2026-11-24T09:00'), vn('2026-11-23T10:00'), 'early'], [vn('2026-11-24T14:00'), null, 'within_limit'],
    ]);
    expect(desk.allowedActions.map((a: { action: string }) => a.action)).toContain('accept_online');
    // A second supplement of a dossier not asked for one is refused.
    expect((await supplement(alice, id, [{ requirement: 2, fileId: await uploadId(t, alice) }])).statusCode).toBe(409);
  });

  it('after acceptance, a supplement request pauses the clock; the applicant supplements and the time limit restarts from zero', async () => {
    t.clock.set(vn('2026-11-23T09:00'));
    const id = await applyOnline(t, alice);
    t.clock.set(vn('2026-11-23T10:00'));
    let d = await ok(w.desk, id, 'accept_online');
    expect(d).toMatchObject({ status: 'received', receivedAt: vn('2026-11-23T10:00'), dueAt: vn('2026-11-30T10:00') });
    let seen = (await portalView(t, alice, id)).json();
    expect(seen).toMatchObject({ status: 'received', receivedAt: vn('2026-11-23T10:00'), dueAt: vn('2026-11-30T10:00'), acceptBy: null, availableActions: [] });
    expect(seen.clock.explanation[0]).toBe('Hồ sơ được tiếp nhận lúc 10:00 ngày 23/11/2026; thời hạn giải quyết 5 ngày làm việc, không tính ngày nghỉ, ngày lễ.');

    await ok(w.desk, id, 'transfer');
    await ok(w.leader, id, 'assign', { assigneeId: w.officers.specialist });
    t.clock.set(vn('2026-11-24T09:00'));
    d = await ok(w.specialist, id, 'request_supplement', { reason: 'Thiếu bản sao có chứng thực', missingDocuments: ['Bản sao Bằng cử nhân luật có chứng thực'] });
    expect(d).toMatchObject({ status: 'supplement_requested', dueAt: null });
    seen = (await portalView(t, alice, id)).json();
    expect(seen).toMatchObject({ status: 'supplement_requested', clock: { paused: true }, supplementRequest: { items: ['Bản sao Bằng cử nhân luật có chứng thực'] }, availableActions: [{ action: 'submit_supplement' }] });
    expect(seen.clock.explanation[1]).toContain('thời hạn giải quyết được tính lại từ đầu');

    t.clock.set(vn('2026-11-26T14:00'));
    const res = await supplement(alice, id, [{ requirement: 2, fileId: await uploadId(t, alice) }]);
    expect(res.statusCode, res.body).toBe(200);
    // Restarted from zero at the supplement: 5 working days from Thursday 14:00.
    expect(res.json()).toMatchObject({ status: 'in_progress', dueAt: vn('2026-12-03T14:00'), supplementRequest: null, clock: { paused: false } });
    const officer = await view(t, w.specialist, id);
    expect(officer).toMatchObject({ status: 'in_progress', dueAt: vn('2026-12-03T14:00') });
    expect(officer.actions.at(-1)).toMatchObject({ action: 'submit_supplement', actor: { kind: 'system' } });

    // The action log, from the online registration on, rebuilds the stored state and due date.
    const rows = (await loadReplayRows(t.ctx.db, id))!;
    const limit = { value: rows.dossier.time_limit_value, unit: rows.dossier.time_limit_unit } as TimeLimit;
    const replayed = replayActionLog({ actions: rows.actions, timeLimit: limit, calendar: (await loadWorkingCalendar(t.ctx.db)).calendar, approvalRequired: true });
    expect(replayed).toMatchObject({ ok: true, status: 'in_progress', dueAt: rows.dossier.due_at, state: JSON.parse(rows.dossier.state) });
  });

  it('shows the e-form answers, labelled from the form, to the officers handling the dossier and to its owner; a desk receipt has none', async () => {
    t.clock.set(vn('2026-11-23T09:00'));
    const formData = { centre: { name: 'Trung tâm tư vấn pháp luật Quảng Ngãi' }, yearsOfPractice: 12, dateOfBirth: '1990-05-12', fullName: 'Nguyễn Thị Hồng Nhung', note: 'Nộp lần đầu; CCCD người ủy quyền 051190001234' };
    const id = await applyOnline(t, alice, { formData });
    // In the form's order, with its titles; dates as dd/MM/yyyy; the group nested; an answer the form does not know, last.
    const expected = [
      { path: 'fullName', label: 'Họ và tên', value: 'Nguyễn Thị Hồng Nhung' },
      { path: 'dateOfBirth', label: 'Ngày sinh', value: '12/05/1990' },
      { path: 'yearsOfPractice', label: 'Số năm công tác pháp luật', value: '12' },
      { path: 'centre', label: 'centre', value: null, children: [{ path: 'centre.name', label: 'name', value: 'Trung tâm tư vấn pháp luật Quảng Ngãi' }] },
      { path: 'note', label: 'note', value: 'Nộp lần đầu; CCCD người ủy quyền 051190001234' },
    ];
    expect((await view(t, w.desk, id)).eFormAnswers).toEqual(expected);
    expect((await portalView(t, alice, id)).json().eFormAnswers).toEqual(expected);
    expect((await portalView(t, bob, id)).statusCode).toBe(404);

    // The specialist who appraises it reads them too; an officer outside the dossier's units still gets nothing.
    await ok(w.desk, id, 'accept_online');
    await ok(w.desk, id, 'transfer');
    await ok(w.leader, id, 'assign', { assigneeId: w.officers.specialist });
    expect((await view(t, w.specialist, id)).eFormAnswers).toEqual(expected);
    // A viewer who does not act on it reads them with identification numbers cut to their ends, as the applicant's own.
    expect((await view(t, w.viewer, id)).eFormAnswers.at(-1)).toEqual({ path: 'note', label: 'note', value: 'Nộp lần đầu; CCCD người ủy quyền 051******234' });
    const outside = await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}`, headers: w.otherLeader.headers });
    expect(outside.statusCode).toBe(404);
    expect(outside.body).not.toContain('Hồng Nhung');

    // Pushed by the national portal: the same answers, the same words.
    const pushed = await pushInbound(t, inboundBody());
    expect(pushed.statusCode, pushed.body).toBe(201);
    expect((await view(t, w.desk, pushed.json().dossierId)).eFormAnswers).toEqual([
      { path: 'fullName', label: 'Họ và tên', value: 'Nguyễn Thị Hồng Nhung' },
      { path: 'dateOfBirth', label: 'Ngày sinh', value: '12/05/1990' },
      { path: 'yearsOfPractice', label: 'Số năm công tác pháp luật', value: '4' },
      { path: 'centre', label: 'centre', value: null, children: [{ path: 'centre.name', label: 'name', value: 'Trung tâm tư vấn pháp luật Quảng Ngãi' }] },
    ]);

    const atDesk = await receive(t, w);
    expect(atDesk.statusCode, atDesk.body).toBe(201);
    expect((await view(t, w.desk, atDesk.json().id)).eFormAnswers).toBeNull();
  });

  it('describes the answers in the OpenAPI document: one named schema, its groups referring to it', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(doc.components.schemas.EFormAnswer.properties.children.items).toEqual({ $ref: '#/components/schemas/EFormAnswer' });
  });
});
