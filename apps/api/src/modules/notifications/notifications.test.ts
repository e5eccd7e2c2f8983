import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../platform/jobs/jobs.ts';
import { createTestApp, logInAs, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { registerAndLogIn } from '../applicants/applicants.test-support.ts';
import { DEMO_APPLICANT, seedDemoApplicant } from '../applicants/index.ts';
import { act, dossierWorld, receive, type DossierWorld } from '../dossiers/dossiers.test-support.ts';
import { DOSSIER_EVENT } from '../dossiers/index.ts';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp.ts';
import { formatDateTimeVi } from './templates.ts';

const BASE = 'https://dichvucong.quangngai.example.vn';

describe.each(testEngines())('the applicant is told of every status change on %s', (engine) => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let w: DossierWorld;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp(engine, { SMTP_URL: smtp.url, PUBLIC_BASE_URL: BASE });
    w = await dossierWorld(t);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  async function runJobs() {
    while ((await t.worker.runOnce()) > 0);
  }
  const mailsTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));
  async function deliveries(id: string, session = w.desk) {
    const res = await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}/notifications`, headers: session.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as { actionSeq: number; channel: string; template: string; status: string; statusLabel: string; attempts: number; error: string | null; sentAt: string | null }[];
  }
  async function applicant(email: string | null, phone: string | null) {
    const res = await receive(t, w, { applicant: { kind: 'individual', fullName: 'Trần Văn Bình', citizenId: '051090004321', phone, email, address: null } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; code: string; dueAt: string };
  }

  it('e-mails the applicant when the desk receives the dossier, with the code, the appointment and the lookup link', async () => {
    const d = await applicant('binh.tran@example.vn', '0912000111');
    await runJobs();
    const [mail, ...more] = mailsTo('binh.tran@example.vn');
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe(`Hồ sơ ${d.code}: Đã tiếp nhận hồ sơ`);
    expect(mail!.headers.from).toContain('no-reply@motcua.local');
    expect(mail!.text).toContain('Kính gửi Ông/Bà Trần Văn Bình,');
    expect(mail!.text).toContain('Tình trạng: Đã tiếp nhận, chờ chuyển xử lý');
    expect(mail!.text).toContain(`Ngày hẹn trả kết quả: ${formatDateTimeVi(d.dueAt)}.`);
    expect(mail!.text).toMatch(/Ngày hẹn trả kết quả: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\./);
    expect(mail!.text).toContain(`${BASE}/dossier-lookup/${d.code}`);
    expect(mail!.text).not.toContain('/account/dossiers/');
    // The text went over the wire encoded, not as raw 8-bit UTF-8.
    expect(mail!.raw).not.toContain('Ngày hẹn');

    const list = await deliveries(d.id);
    // The e-mail went through the SMTP server; the SMS channel has no real provider, so the text was only logged.
    expect(list.map((x) => [x.actionSeq, x.channel, x.template, x.status])).toEqual([[1, 'email', 'received', 'sent'], [1, 'sms', 'received', 'logged']]);
    expect(list.map((x) => [x.statusLabel, x.sentAt])).toEqual([['Đã gửi', t.clock.now().toISOString()], ['Chỉ ghi nhật ký (chưa cấu hình gửi thật)', null]]);
    const body = JSON.stringify(list);
    expect(body).not.toContain('binh.tran@example.vn');
    expect(body).not.toContain('0912000111');
  });

  it('e-mails the full list of missing documents and how to add them online, and stays silent on internal steps', async () => {
    const d = await applicant('supplement@example.vn', null);
    for (const [session, action, body] of [
      [w.desk, 'transfer', {}],
      [w.leader, 'assign', { assigneeId: w.officers.specialist }],
      [w.specialist, 'request_supplement', { reason: 'Giấy xác nhận chưa có dấu của cơ quan', missingDocuments: ['Giấy xác nhận thời gian công tác pháp luật', 'Bản sao Bằng cử nhân luật có chứng thực'] }],
    ] as const) {
      const res = await act(t, session, d.id, action, body);
      expect(res.statusCode, res.body).toBe(200);
    }
    await runJobs();
    const mails = mailsTo('supplement@example.vn');
    expect(mails.map((m) => m.subject)).toEqual([
      `Hồ sơ ${d.code}: Đã tiếp nhận hồ sơ`, `Hồ sơ ${d.code}: Hồ sơ đang được giải quyết`, `Hồ sơ ${d.code}: Yêu cầu bổ sung hồ sơ`,
    ]);
    const text = mails[2]!.text;
    expect(text).toContain('Tình trạng: Chờ người nộp bổ sung hồ sơ');
    expect(text).toContain('- Giấy xác nhận thời gian công tác pháp luật\n- Bản sao Bằng cử nhân luật có chứng thực');
    expect(text).toContain('Ghi chú của cán bộ: Giấy xác nhận chưa có dấu của cơ quan');
    expect(text).toContain(`đăng nhập Cổng dịch vụ công tại ${BASE}/account/dossiers, mở hồ sơ ${d.code}, chọn "Bổ sung hồ sơ"`);
    expect(text).toContain('Thời hạn giải quyết tạm dừng');
    // Receipt, transfer and supplement request notify (seq 1, 2, 4); the assignment (seq 3) does not.
    const list = await deliveries(d.id);
    expect(list.filter((x) => x.channel === 'email').map((x) => [x.actionSeq, x.template])).toEqual([[4, 'supplement_requested'], [2, 'in_progress'], [1, 'received']]);
    expect(list.filter((x) => x.channel === 'sms').every((x) => x.status === 'skipped' && x.error === 'Người nộp không có số điện thoại')).toBe(true);
  });

  it('sends nothing more when the same dossier event arrives again', async () => {
    const d = await applicant('twice@example.vn', '0912000222');
    await runJobs();
    expect(mailsTo('twice@example.vn')).toHaveLength(1);
    const event = { dossierId: d.id, code: d.code, action: 'receive', seq: 1, status: 'received', nationalStatus: 2 };
    const now = t.clock.now().toISOString();
    await enqueueJob(t.ctx.db, now, DOSSIER_EVENT, event);
    await enqueueJob(t.ctx.db, now, `${DOSSIER_EVENT}:notifications`, event);
    await runJobs();
    expect(mailsTo('twice@example.vn')).toHaveLength(1);
    const list = await deliveries(d.id);
    expect(list.map((x) => [x.channel, x.status, x.attempts])).toEqual([['email', 'sent', 1], ['sms', 'logged', 1]]);
    const smsLines = t.logs.filter((l) => l.includes(d.code) && l.includes('"channel":"sms"'));
    expect(smsLines).toHaveLength(1);
  });

  it('skips the e-mail of a dossier without an address, texts the phone through the logging channel, and logs no contact', async () => {
    const d = await applicant(null, '0912000333');
    await runJobs();
    const list = await deliveries(d.id);
    expect(list.map((x) => [x.channel, x.template, x.status])).toEqual([['email', 'received', 'skipped'], ['sms', 'received', 'logged']]);
    expect(list[0]!.error).toBe('Người nộp không có địa chỉ thư điện tử');
    expect(list[0]!.sentAt).toBeNull();
    const line = t.logs.find((l) => l.includes(d.code) && l.includes('"channel":"sms"'));
    expect(JSON.parse(line!)).toMatchObject({ dossierCode: d.code, channel: 'sms', template: 'received', msg: 'notification logged instead of sent' });
    const all = t.logs.join('\n');
    expect(all).not.toMatch(/[\w.+-]+@example\.vn/);
    expect(all).not.toMatch(/09120003|0912000/);
    expect(all).not.toContain('Trần Văn Bình');
  });

  it('records a refused e-mail as failed, retries it through the job worker and sends it once the server accepts', async () => {
    smtp.refuseNext(1);
    const d = await applicant('retry@example.vn', '0912000444');
    await runJobs();
    let list = await deliveries(d.id);
    expect(list.map((x) => [x.channel, x.status, x.attempts])).toEqual([['email', 'failed', 1], ['sms', 'logged', 1]]);
    expect(list[0]!.error).toMatch(/450/);
    expect(list[0]!.error).not.toContain('retry@example.vn');
    const job = await t.ctx.db.selectFrom('jobs').select(['status', 'last_error']).where('kind', '=', `${DOSSIER_EVENT}:notifications`).where('payload', 'like', `%${d.id}%`).executeTakeFirstOrThrow();
    expect(job.status).toBe('pending');
    expect(job.last_error).not.toContain('retry@example.vn');

    t.clock.set(new Date(t.clock.now().getTime() + 5_000));
    await runJobs();
    list = await deliveries(d.id);
    expect(list.map((x) => [x.channel, x.status, x.attempts])).toEqual([['email', 'sent', 2], ['sms', 'logged', 1]]);
    expect(mailsTo('retry@example.vn')).toHaveLength(1);
    expect(t.logs.filter((l) => l.includes(d.code) && l.includes('"channel":"sms"'))).toHaveLength(1);
  });

  it("writes to the portal account's contact and links the dossier's portal page", async () => {
    await seedDemoApplicant(t.ctx.db, t.clock.now().toISOString());
    const account = await t.ctx.db.selectFrom('applicant_accounts').select('id').where('email', '=', DEMO_APPLICANT.email).executeTakeFirstOrThrow();
    const res = await receive(t, w, { applicant: { kind: 'individual', fullName: DEMO_APPLICANT.fullName, citizenId: DEMO_APPLICANT.citizenId, phone: null, email: 'paper-form@example.vn', address: null } });
    const d = res.json() as { id: string; code: string };
    // As an online dossier would be: it belongs to the account.
    await t.ctx.db.updateTable('dossiers').set({ applicant_account_id: account.id }).where('id', '=', d.id).execute();
    await runJobs();
    expect(mailsTo('paper-form@example.vn')).toHaveLength(0);
    const [mail] = mailsTo(DEMO_APPLICANT.email);
    expect(mail!.subject).toContain(d.code);
    expect(mail!.text).toContain(`Xem chi tiết hồ sơ trên Cổng dịch vụ công: ${BASE}/account/dossiers/${d.id}`);
    expect((await deliveries(d.id)).map((x) => [x.channel, x.status])).toEqual([['email', 'sent'], ['sms', 'logged']]);
  });

  it("uses a portal account's e-mail only once the account has proved it, and the dossier's own contact until then", async () => {
    const account = await registerAndLogIn(t, { email: 'chua-xac-minh@example.vn', phone: '0912000444' });
    const res = await receive(t, w, { applicant: { kind: 'individual', fullName: 'Trần Văn Bình', citizenId: '051090004321', phone: null, email: 'ghi-tren-ho-so@example.vn', address: null } });
    const d = res.json() as { id: string; code: string };
    await t.ctx.db.updateTable('dossiers').set({ applicant_account_id: account.accountId }).where('id', '=', d.id).execute();
    await runJobs();
    // Unproved: the address written on the dossier gets the notice, the account's address nothing (nor its phone a text).
    expect(mailsTo('ghi-tren-ho-so@example.vn').map((m) => m.subject)).toEqual([`Hồ sơ ${d.code}: Đã tiếp nhận hồ sơ`]);
    expect(mailsTo('chua-xac-minh@example.vn')).toHaveLength(0);
    expect((await deliveries(d.id)).map((x) => [x.channel, x.status])).toEqual([['email', 'sent'], ['sms', 'skipped']]);

    // The applicant proves the address with the code e-mailed to it; the next notice goes there.
    const asked = await t.app.inject({ method: 'POST', url: '/api/portal/account/verify/resend', headers: account.headers, payload: {} });
    expect(asked.statusCode, asked.body).toBe(202);
    await runJobs();
    const code = /là: (\d{6})$/m.exec(mailsTo('chua-xac-minh@example.vn')[0]!.text)![1]!;
    const verified = await t.app.inject({ method: 'POST', url: '/api/portal/account/verify', headers: account.headers, payload: { code } });
    expect(verified.statusCode, verified.body).toBe(200);
    await act(t, w.desk, d.id, 'transfer');
    await runJobs();
    expect(mailsTo('chua-xac-minh@example.vn').map((m) => m.subject)).toEqual(['Mã xác minh địa chỉ thư điện tử – Cổng dịch vụ công', `Hồ sơ ${d.code}: Hồ sơ đang được giải quyết`]);
    expect(mailsTo('ghi-tren-ho-so@example.vn')).toHaveLength(1);
  });

  it("does not write to the account's unproved address even when the dossier carries it, as the portal prefills it", async () => {
    const account = await registerAndLogIn(t, { email: 'nguoi-la@example.vn', phone: '0912000555' });
    const res = await receive(t, w, { applicant: { kind: 'individual', fullName: 'Trần Văn Cường', citizenId: '051090004322', phone: '0912000555', email: 'Nguoi-La@example.vn', address: null } });
    const d = res.json() as { id: string };
    await t.ctx.db.updateTable('dossiers').set({ applicant_account_id: account.accountId }).where('id', '=', d.id).execute();
    await runJobs();
    expect(mailsTo('nguoi-la@example.vn').filter((m) => !m.subject.startsWith('Mã xác minh'))).toHaveLength(0);
    const list = await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}/notifications`, headers: w.desk.headers });
    expect(list.json().items.map((x: { channel: string; status: string; error: string | null }) => [x.channel, x.status, x.error])).toEqual([
      ['email', 'skipped', 'Địa chỉ thư điện tử của tài khoản chưa được xác minh'], ['sms', 'skipped', 'Số điện thoại của tài khoản chưa được xác minh'],
    ]);
  });

  it('shows the deliveries only to officers who may see the dossier', async () => {
    const d = await applicant('scope@example.vn', null);
    await runJobs();
    expect((await deliveries(d.id, w.viewer)).length).toBe(2);
    const outside = await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}/notifications`, headers: w.otherLeader.headers });
    expect(outside.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}/notifications` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/dossiers/no-such-dossier/notifications', headers: (await logInAs(t.app, 'desk')).headers })).statusCode).toBe(404);
  });

  it('shows the owner, on the portal, what was sent for each step, what was not and why, and nobody else', async () => {
    const owner = await registerAndLogIn(t, { email: 'chu-ho-so@example.vn', phone: '0912000777' });
    smtp.refuseNext(1);
    // The e-mail typed on the dossier is not the account's; the phone is the account's own, not yet verified.
    const res = await receive(t, w, { applicant: { kind: 'individual', fullName: 'Trần Văn Bình', citizenId: '051090004321', phone: '0912000777', email: 'thu-tren-ho-so@example.vn', address: null } });
    const d = res.json() as { id: string; code: string };
    await t.ctx.db.updateTable('dossiers').set({ applicant_account_id: owner.accountId }).where('id', '=', d.id).execute();
    await runJobs();
    await act(t, w.desk, d.id, 'transfer');
    await runJobs();

    const notices = async () => {
      const list = await t.app.inject({ method: 'GET', url: `/api/portal/dossiers/${d.id}/notifications`, headers: owner.headers });
      expect(list.statusCode, list.body).toBe(200);
      return list;
    };
    const list = await notices();
    const items = list.json().items as Record<string, unknown>[];
    // Newest step first; per step the e-mail, then the text message.
    expect(items.map((x) => [x.actionSeq, x.stepLabel, x.channelLabel, x.status, x.statusLabel])).toEqual([
      [2, 'Chuyển hồ sơ', 'Thư điện tử', 'sent', 'Đã gửi'],
      [2, 'Chuyển hồ sơ', 'Tin nhắn SMS', 'skipped', 'Không gửi'],
      [1, 'Tiếp nhận hồ sơ', 'Thư điện tử', 'failed', 'Gửi không thành công'],
      [1, 'Tiếp nhận hồ sơ', 'Tin nhắn SMS', 'skipped', 'Không gửi'],
    ]);
    // The step reads as in the dossier's progress on the same page.
    const detail = await t.app.inject({ method: 'GET', url: `/api/portal/dossiers/${d.id}`, headers: owner.headers });
    const steps = detail.json().steps as { label: string; statusLabel: string }[];
    expect(items.map((x) => x.stepStatusLabel)).toEqual([steps[1]!.statusLabel, steps[1]!.statusLabel, steps[0]!.statusLabel, steps[0]!.statusLabel]);
    expect(items[0]).toMatchObject({ subject: 'Đang xử lý', at: t.clock.now().toISOString(), reason: null, fix: null, note: null });
    expect(items[1]).toMatchObject({
      reason: 'phone_unverified', reasonLabel: 'Số điện thoại của tài khoản chưa được xác minh.', fix: 'verify_contact',
      note: 'Hãy xác minh trong trang Thông tin tài khoản để nhận các thông báo tiếp theo.',
    });
    expect(items[2]).toMatchObject({ reason: null, fix: null, note: expect.stringContaining('Tình trạng hồ sơ luôn được cập nhật trên trang này') });
    // Neither the address nor the number, nor the mail server's refusal.
    expect(list.body).not.toContain('@example.vn');
    expect(list.body).not.toContain('0912000777');
    expect(list.body).not.toMatch(/temporarily unavailable|\b450\b/);

    // Once the account has proved its number, the skipped notices say the next ones will reach it.
    await t.ctx.db.updateTable('applicant_accounts').set({ phone_verified: 1 }).where('id', '=', owner.accountId).execute();
    const after = (await notices()).json().items as Record<string, unknown>[];
    expect(after[1]).toMatchObject({ status: 'skipped', reason: 'phone_unverified', fix: null, note: 'Tài khoản của bạn nay đã được xác minh cho kênh này: các thông báo tiếp theo sẽ được gửi qua kênh này.' });

    const url = `/api/portal/dossiers/${d.id}/notifications`;
    const stranger = await registerAndLogIn(t);
    expect((await t.app.inject({ method: 'GET', url, headers: stranger.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/portal/dossiers/no-such-dossier/notifications', headers: owner.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url, headers: w.desk.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    // A desk dossier belongs to no account: no applicant sees its notices.
    const desk = await applicant('quay@example.vn', null);
    await runJobs();
    expect((await t.app.inject({ method: 'GET', url: `/api/portal/dossiers/${desk.id}/notifications`, headers: owner.headers })).statusCode).toBe(404);
  });
});

describe.each(testEngines())('a notification with no real provider to send it on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;

  beforeAll(async () => {
    // No SMTP_URL: the e-mail channel, like the SMS one, only writes to the log.
    t = await createTestApp(engine, { PUBLIC_BASE_URL: BASE });
    w = await dossierWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  it('is recorded and shown as only logged, never as sent, and is not sent again on a rerun', async () => {
    const res = await receive(t, w, { applicant: { kind: 'individual', fullName: 'Lê Thị Hoa', citizenId: '051090004322', phone: '0912000555', email: 'hoa.le@example.vn', address: null } });
    expect(res.statusCode, res.body).toBe(201);
    const d = res.json() as { id: string; code: string };
    while ((await t.worker.runOnce()) > 0);

    const list = await t.app.inject({ method: 'GET', url: `/api/dossiers/${d.id}/notifications`, headers: w.desk.headers });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({ channel: 'email', template: 'received', status: 'logged', statusLabel: 'Chỉ ghi nhật ký (chưa cấu hình gửi thật)', attempts: 1, error: null, sentAt: null }),
      expect.objectContaining({ channel: 'sms', template: 'received', status: 'logged', statusLabel: 'Chỉ ghi nhật ký (chưa cấu hình gửi thật)', attempts: 1, error: null, sentAt: null }),
    ]);
    const lines = t.logs.filter((l) => l.includes(d.code) && l.includes('notification logged instead of sent'));
    expect(lines.map((l) => JSON.parse(l).channel).sort()).toEqual(['email', 'sms']);
    expect(t.logs.join('\n')).not.toContain('hoa.le@example.vn');

    const event = { dossierId: d.id, code: d.code, action: 'receive', seq: 1, status: 'received', nationalStatus: 2 };
    await enqueueJob(t.ctx.db, t.clock.now().toISOString(), `${DOSSIER_EVENT}:notifications`, event);
    while ((await t.worker.runOnce()) > 0);
    expect(t.logs.filter((l) => l.includes(d.code) && l.includes('notification logged instead of sent'))).toHaveLength(2);
    const rows = await t.ctx.db.selectFrom('notification_deliveries').select(['status', 'attempts', 'provider_id']).where('dossier_id', '=', d.id).orderBy('channel').execute();
    expect(rows).toEqual([{ status: 'logged', attempts: 1, provider_id: null }, { status: 'logged', attempts: 1, provider_id: null }]);
  });

  it('tells the portal account a logged notice never reached it, and to add an e-mail address it lacks', async () => {
    const owner = await registerAndLogIn(t, { email: null, phone: '0912000888', verified: true });
    const res = await receive(t, w, { applicant: { kind: 'individual', fullName: 'Lê Thị Hoa', citizenId: '051090004322', phone: null, email: null, address: null } });
    const d = res.json() as { id: string };
    await t.ctx.db.updateTable('dossiers').set({ applicant_account_id: owner.accountId }).where('id', '=', d.id).execute();
    while ((await t.worker.runOnce()) > 0);

    const list = await t.app.inject({ method: 'GET', url: `/api/portal/dossiers/${d.id}/notifications`, headers: owner.headers });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        channel: 'email', status: 'skipped', statusLabel: 'Không gửi', reason: 'no_email', reasonLabel: 'Tài khoản và hồ sơ chưa có địa chỉ thư điện tử để gửi.',
        fix: 'add_contact', note: 'Hãy bổ sung và xác minh trong trang Thông tin tài khoản để nhận các thông báo tiếp theo.',
      }),
      // Sent to the account's verified number through a channel that only writes to the log: not delivered.
      expect.objectContaining({ channel: 'sms', status: 'logged', statusLabel: 'Chưa gửi tới bạn', reason: null, fix: null, note: expect.stringContaining('không đến được bạn') }),
    ]);
    expect(list.body).not.toContain('0912000888');
  });
});
