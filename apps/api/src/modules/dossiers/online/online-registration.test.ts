import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex as sha256 } from '../../../platform/ids.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { testEngines } from '../../../test/test-database.ts';
import { registerAndLogIn } from '../../applicants/applicants.test-support.ts';
import { act, view, type DossierWorld } from '../dossiers.test-support.ts';
import {
  applyOnline, createOnlineApp, FORM_DATA, hasBlob, inboundBody, inboundStatus, onlineWorld, pushInbound, saveDraft, storedFileCount, submitDraft, uniquePdf, vn,
  withDocumentBytes, type ApplicantHeaders,
} from './online.test-support.ts';

const CODE = /^51\.STP-261123-\d{4}$/;
const bytesOf = (d: { content: string }) => Buffer.from(d.content, 'base64');

describe.each(testEngines())('online dossiers from the portal and from the national portal on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  let applicant: ApplicantHeaders;

  beforeAll(async () => {
    t = await createOnlineApp(engine);
    w = await onlineWorld(t);
    applicant = (await registerAndLogIn(t)).headers;
  }, 60_000);
  afterAll(() => t.close());

  /** What must be the same whichever way the dossier came. */
  const essentials = (d: Record<string, any>) => ({
    status: d.status, nationalStatus: d.nationalStatus, channel: d.channel, receivingUnit: d.receivingUnit, competentUnit: d.competentUnit, currentUnit: d.currentUnit,
    dueAt: d.dueAt, receivedAt: d.receivedAt, registeredAt: d.registeredAt, onlineAcceptance: d.onlineAcceptance, stepDueAt: d.stepDueAt,
    timeLimit: d.clock.timeLimit, workflow: d.workflow?.number, step: d.workflow?.currentStepIndex, documents: d.documents.map((x: any) => [x.position, x.name, x.file.mediaType]),
    actions: d.actions.map((a: any) => [a.action, a.toStatus, a.actor.role]), handovers: d.handovers.map((h: any) => [h.stepName, h.dueAt, h.toUnit.id]),
    allowed: d.allowedActions.map((a: any) => a.action),
  });

  it('creates the same dossier from a portal submission and from a national-portal push: code, desk, agency and acceptance deadlines', async () => {
    t.clock.set(vn('2026-11-23T09:00'));
    const portalId = await applyOnline(t, applicant);
    const pushed = await pushInbound(t, inboundBody());
    expect(pushed.statusCode, pushed.body).toBe(201);
    const fromPortal = await view(t, w.desk, portalId);
    const fromNational = await view(t, w.desk, pushed.json().dossierId);

    expect(fromPortal.code).toMatch(CODE);
    expect(fromNational.code).toMatch(CODE);
    expect(fromNational.code).not.toBe(fromPortal.code);
    expect(essentials(fromNational)).toEqual(essentials(fromPortal));
    expect(fromPortal).toMatchObject({
      status: 'newly_registered', nationalStatus: { code: 1 }, channel: 'online', registeredAt: vn('2026-11-23T09:00'), receivedAt: null, dueAt: null,
      receivingUnit: { id: w.units.centre.id }, competentUnit: { id: w.units.justice.id }, clock: { timeLimit: { value: 5, unit: 'working_days' } },
      // 2 hours for the alert; 8 working hours to accept.
      onlineAcceptance: { registeredAt: vn('2026-11-23T09:00'), alertBy: vn('2026-11-23T11:00'), alert: false, late: false },
    });
    expect(fromPortal.onlineAcceptance.acceptBy).toBe(fromPortal.stepDueAt);
    // 8 working hours are one working day (rules.md §3): from 09:00 Monday to 09:00 Tuesday.
    expect(fromPortal.onlineAcceptance.acceptBy).toBe(vn('2026-11-24T09:00'));
    expect(fromPortal.allowedActions.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['accept_online', 'request_supplement', 'refuse']));
    expect(pushed.json()).toMatchObject({ code: fromNational.code, status: 'newly_registered', acceptBy: fromPortal.onlineAcceptance.acceptBy, dueAt: null });
  });

  it('lists every missing document and every wrong e-form answer at once, with field paths, on both channels', async () => {
    const draftId = await saveDraft(t, applicant, { formData: { fullName: 'A', dateOfBirth: '12/05/1990', centre: {} } }, [1]);
    const portal = await submitDraft(t, applicant, draftId);
    expect(portal.statusCode).toBe(400);
    const expected = [
      { path: 'draft.formData.fullName', message: 'Tối thiểu 2 ký tự' },
      { path: 'draft.formData.dateOfBirth', message: 'Sai định dạng (date)' },
      { path: 'draft.formData.yearsOfPractice', message: 'Bắt buộc nhập' },
      { path: 'draft.formData.centre.name', message: 'Bắt buộc nhập' },
      { path: 'draft.requirements.0', message: 'Thiếu giấy tờ: Giấy xác nhận về thời gian công tác pháp luật của người được đề nghị' },
      { path: 'draft.requirements.2', message: 'Thiếu giấy tờ: Bản sao Bằng cử nhân luật' },
    ];
    expect(portal.json().errors).toEqual(expect.arrayContaining(expected));
    expect(portal.json().errors).toHaveLength(expected.length);

    const body = inboundBody({ formData: { fullName: 'A', dateOfBirth: '12/05/1990', centre: {} }, applicant: { kind: 'individual', fullName: 'X', citizenId: '123' } });
    body.documents = body.documents.filter((d) => d.requirement === 1);
    const national = await pushInbound(t, body);
    expect(national.statusCode).toBe(400);
    const paths = national.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining([...expected.map((e) => e.path.replace('draft.', 'body.')), 'body.applicant.citizenId']));
    // Nothing was registered: the sender may push again, corrected, under the same reference.
    expect((await inboundStatus(t, body.senderReference)).statusCode).toBe(404);
  });

  it('refuses a procedure that is not offered online and a file that is not a PDF or image', async () => {
    await t.ctx.db.updateTable('procedure_versions').set({ online_level: 'none' }).where('procedure_id', '=', w.procedureId).execute();
    const none = await pushInbound(t, inboundBody());
    await t.ctx.db.updateTable('procedure_versions').set({ online_level: 'partial' }).where('procedure_id', '=', w.procedureId).execute();
    expect(none.statusCode).toBe(400);
    expect(none.json().errors).toEqual([{ path: 'body.procedureCode', message: 'Thủ tục này không cung cấp dịch vụ công trực tuyến' }]);

    const body = inboundBody();
    body.documents[1] = { ...body.documents[1]!, fileName: 'don.pdf', content: Buffer.from('MZ\x90\x00 not a pdf at all').toString('base64') };
    const exe = await pushInbound(t, body);
    expect(exe.statusCode).toBe(415);
    expect(exe.json()).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', errors: [{ path: 'body.documents.1.content' }] });
  });

  it('refuses a push with a bad signature, a stale timestamp, an unknown sender or no signature (401 problem+json)', async () => {
    const body = inboundBody();
    const tampered = await pushInbound(t, body, { tamper: (raw) => raw.replace('Nguyễn Thị Hồng Nhung', 'Trần Văn Giả') });
    const wrongSecret = await pushInbound(t, body, { secret: 'not-the-secret' });
    const stale = await pushInbound(t, body, { timestamp: new Date(t.clock.now().getTime() - 6 * 60_000).toISOString() });
    const future = await pushInbound(t, body, { timestamp: String(Math.floor(t.clock.now().getTime() / 1000) + 400) });
    const unknown = await pushInbound(t, body, { sender: 'stranger', secret: 'whatever' });
    const otherSendersSecret = await pushInbound(t, body, { sender: 'other', secret: 'test-dvcqg-secret' });
    const unsigned = await t.app.inject({ method: 'POST', url: '/api/inbound/dossiers', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    for (const res of [tampered, wrongSecret, stale, future, unknown, otherSendersSecret, unsigned]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('UNAUTHENTICATED');
    }
    const fresh = await pushInbound(t, body, { timestamp: String(Math.floor(t.clock.now().getTime() / 1000) - 240) });
    expect(fresh.statusCode, fresh.body).toBe(201);
    // The status of a dossier answers only its sender, signed.
    expect((await inboundStatus(t, body.senderReference)).statusCode).toBe(200);
    expect((await inboundStatus(t, body.senderReference, { sender: 'other', secret: 'other-secret' })).statusCode).toBe(404);
    expect((await inboundStatus(t, body.senderReference, { secret: 'nope' })).statusCode).toBe(401);
  });

  it('answers the same push twice with one dossier, also when the copies arrive together', async () => {
    const body = inboundBody();
    const first = await pushInbound(t, body);
    t.clock.advance(30_000);
    const retry = await pushInbound(t, body);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());

    const racing = inboundBody();
    const files = await storedFileCount(t);
    const both = await Promise.all([pushInbound(t, racing), pushInbound(t, racing)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(both[0]!.json().dossierId).toBe(both[1]!.json().dossierId);
    const rows = await t.ctx.db.selectFrom('dossiers').select('id').where('source_system', '=', 'dvcqg').where('source_reference', 'in', [body.senderReference, racing.senderReference]).execute();
    expect(rows).toHaveLength(2);
    // Only the dossier's own three files were kept.
    expect(await storedFileCount(t)).toBe(files + 3);
  });

  it('answers a retry with the same content however its documents are named, ordered or wrapped, and refuses other content under the same reference (409), writing nothing', async () => {
    const body = withDocumentBytes(inboundBody(), [uniquePdf(), uniquePdf(), uniquePdf()]);
    const first = await pushInbound(t, body);
    expect(first.statusCode, first.body).toBe(201);
    const dossierCount = async () => (await t.ctx.db.selectFrom('dossiers').select('id').execute()).length;
    const [files, dossiers] = [await storedFileCount(t), await dossierCount()];

    t.clock.advance(60_000);
    const { yearsOfPractice, centre, dateOfBirth, fullName } = FORM_DATA;
    const same = {
      ...body, submittedAt: vn('2026-11-23T08:59'), formData: { yearsOfPractice, centre, dateOfBirth, fullName },
      documents: [...body.documents].reverse().map((d) => ({ ...d, fileName: `ban-sao-${d.requirement}.pdf`, content: d.content.replace(/(.{16})/g, '$1\r\n') })),
    };
    const retry = await pushInbound(t, same);
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json()).toEqual(first.json());

    const changed = {
      formData: { ...body, formData: { ...FORM_DATA, yearsOfPractice: 7 } },
      applicant: { ...body, applicant: { ...body.applicant, phone: '0987654321' } },
      summary: { ...body, requestSummary: 'Đề nghị cấp lại thẻ tư vấn viên pháp luật' },
      document: withDocumentBytes(body, [bytesOf(body.documents[0]!), uniquePdf(), bytesOf(body.documents[2]!)]),
      requirement: { ...body, documents: body.documents.filter((d) => d.requirement !== 2) },
    };
    for (const [what, other] of Object.entries(changed)) {
      const res = await pushInbound(t, other);
      expect(res.statusCode, what).toBe(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'SENDER_REFERENCE_CONFLICT', senderReference: body.senderReference, dossierCode: first.json().code });
      expect(res.json().detail).toContain(`Mã hồ sơ "${body.senderReference}" của bên gửi đã được dùng cho hồ sơ ${first.json().code} với nội dung khác`);
    }
    expect(await storedFileCount(t)).toBe(files);
    expect(await dossierCount()).toBe(dossiers);
    expect(await hasBlob(t, sha256(bytesOf(changed.document.documents[1]!)))).toBe(false);
    expect((await inboundStatus(t, body.senderReference)).json().dossierId).toBe(first.json().dossierId);
  });

  it('lets one of two different pushes racing under one reference in and refuses the other, keeping only the winner’s files', async () => {
    const a = withDocumentBytes(inboundBody(), [uniquePdf(), uniquePdf(), uniquePdf()]);
    const b = withDocumentBytes({ ...a, formData: { ...FORM_DATA, yearsOfPractice: 9 } }, [uniquePdf(), uniquePdf(), uniquePdf()]);
    const files = await storedFileCount(t);
    const [ra, rb] = await Promise.all([pushInbound(t, a), pushInbound(t, b)]);
    expect([ra.statusCode, rb.statusCode].sort()).toEqual([201, 409]);
    const [winner, loser] = ra.statusCode === 201 ? [a, b] : [b, a];
    expect(await storedFileCount(t)).toBe(files + 3);
    for (const d of winner.documents) expect(await hasBlob(t, sha256(bytesOf(d)))).toBe(true);
    for (const d of loser.documents) expect(await hasBlob(t, sha256(bytesOf(d)))).toBe(false);
  });

  it('leaves no stored file behind when a push is refused, and takes the corrected push under the same reference', async () => {
    const bytes = [uniquePdf(), uniquePdf(), uniquePdf()];
    const files = await storedFileCount(t);
    const invalid = withDocumentBytes(inboundBody({ formData: { fullName: 'A' } }), bytes);
    const refused = await pushInbound(t, invalid);
    expect(refused.statusCode).toBe(400);
    const wrongAgency = await pushInbound(t, { ...withDocumentBytes(inboundBody(), bytes), agencyCode: 'KHONG-CO' });
    expect(wrongAgency.statusCode).toBe(400);
    expect(await storedFileCount(t)).toBe(files);
    for (const b of bytes) expect(await hasBlob(t, sha256(b))).toBe(false);

    const corrected = await pushInbound(t, { ...invalid, formData: FORM_DATA });
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(await storedFileCount(t)).toBe(files + 3);
    for (const b of bytes) expect(await hasBlob(t, sha256(b))).toBe(true);
  });

  it('shows online dossiers awaiting acceptance in their own queue, by acceptance deadline, flagged after two hours', async () => {
    t.clock.set(vn('2026-11-24T08:00'));
    const early = (await pushInbound(t, inboundBody())).json().dossierId;
    t.clock.set(vn('2026-11-24T09:30'));
    const later = await applyOnline(t, applicant);
    const queue = async () => (await t.app.inject({ method: 'GET', url: '/api/dossiers/queue?queue=online_new&pageSize=200', headers: w.desk.headers })).json();
    t.clock.set(vn('2026-11-24T10:30'));
    let items = (await queue()).items as { id: string; status: string; onlineAcceptance: { alert: boolean; late: boolean; acceptBy: string } }[];
    expect(items.every((d) => d.status === 'newly_registered')).toBe(true);
    const acceptBys = items.map((d) => d.onlineAcceptance.acceptBy);
    expect(acceptBys).toEqual([...acceptBys].sort());
    expect(items.findIndex((d) => d.id === early)).toBeLessThan(items.findIndex((d) => d.id === later));
    expect(items.find((d) => d.id === early)!.onlineAcceptance).toMatchObject({ alert: true, late: false });
    expect(items.find((d) => d.id === later)!.onlineAcceptance).toMatchObject({ alert: false, late: false });
    // The specialist's agency does not hold it yet; the commune desk never does.
    expect((await t.app.inject({ method: 'GET', url: '/api/dossiers/queue?queue=online_new', headers: w.communeDesk.headers })).json().total).toBe(0);
    t.clock.set(vn('2026-11-26T09:00'));
    items = (await queue()).items;
    expect(items.find((d) => d.id === early)!.onlineAcceptance).toMatchObject({ alert: true, late: true });
  });

  it('lets the desk accept an online dossier: received now, due date from the calendar, the receive step done, the code kept', async () => {
    t.clock.set(vn('2026-11-25T09:00'));
    const pushed = inboundBody();
    const id = (await pushInbound(t, pushed)).json().dossierId;
    const before = await view(t, w.desk, id);
    t.clock.set(vn('2026-11-25T10:00'));
    const res = await act(t, w.desk, id, 'accept_online');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({
      code: before.code, status: 'received', nationalStatus: { code: 2 }, receivedAt: vn('2026-11-25T10:00'), onlineAcceptance: null, flags: [],
      // 5 working days from Wednesday 10:00: the next Wednesday, same time.
      dueAt: vn('2026-12-02T10:00'),
      assignee: { id: w.officers.desk }, workflow: { currentStepIndex: 1 },
    });
    expect(d.handovers[0]).toMatchObject({ stepName: 'Tiếp nhận hồ sơ', endedAt: vn('2026-11-25T10:00'), outcome: 'accept_online', timeliness: 'early' });
    expect(d.handovers[1]).toMatchObject({ stepName: 'Chuyển hồ sơ đến Sở Tư pháp', endedAt: null });
    expect(d.allowedActions.map((a: { action: string }) => a.action)).toContain('transfer');
    const receipt = await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}/receipt`, headers: w.desk.headers });
    expect(receipt.json()).toMatchObject({ dossierCode: before.code, receivedAt: vn('2026-11-25T10:00'), dueAt: vn('2026-12-02T10:00'), receivedBy: 'Cán bộ desk' });
    // The sender sees the acceptance and the appointment.
    expect((await inboundStatus(t, pushed.senderReference)).json()).toMatchObject({ status: 'received', dueAt: vn('2026-12-02T10:00'), acceptBy: null });

    // Accepted after the 8 working hours: still accepted, flagged for the service index.
    t.clock.set(vn('2026-11-25T09:00'));
    const late = (await pushInbound(t, inboundBody())).json().dossierId;
    t.clock.set(vn('2026-11-27T09:00'));
    expect((await act(t, w.desk, late, 'accept_online')).json().flags.map((f: { code: string }) => f.code)).toEqual(['online_acceptance_late']);
    // Only the desk accepts; the resolving agency sees the dossier but may not.
    t.clock.set(vn('2026-11-27T09:30'));
    const other = (await pushInbound(t, inboundBody())).json().dossierId;
    const byAgency = await act(t, w.specialist, other, 'accept_online');
    expect(byAgency.statusCode).toBe(403);
  });

  it('gives the desk until 10:00 Tuesday to accept a dossier submitted online at 10:00 Monday: 8 working hours are one working day', async () => {
    t.clock.set(vn('2026-11-30T10:00'));
    const portal = await view(t, w.desk, await applyOnline(t, applicant));
    const national = await view(t, w.desk, (await pushInbound(t, inboundBody())).json().dossierId);
    for (const d of [portal, national]) {
      expect(d.onlineAcceptance).toMatchObject({ registeredAt: vn('2026-11-30T10:00'), alertBy: vn('2026-11-30T12:00'), acceptBy: vn('2026-12-01T10:00') });
      expect(d.stepDueAt).toBe(vn('2026-12-01T10:00'));
    }
    t.clock.set(vn('2026-12-01T10:00'));
    expect((await view(t, w.desk, portal.id)).onlineAcceptance).toMatchObject({ late: false });
    t.clock.set(vn('2026-12-01T10:01'));
    expect((await view(t, w.desk, portal.id)).onlineAcceptance).toMatchObject({ late: true });
  });
});
