import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../notifications/test-smtp.ts';
import { registerAndLogIn, TEST_APPLICANT_PASSWORD } from './applicants.test-support.ts';

const BASE = 'https://dichvucong.quangngai.example.vn';
const codeIn = (text: string): string => /là: (\d{6})$/m.exec(text)![1]!;
const otherThan = (code: string): string => String((Number(code) + 1) % 1_000_000).padStart(6, '0');
/** A problem without its per-request `instance`: what two answers must share to be indistinguishable. */
const sameness = (res: { statusCode: number; headers: Record<string, unknown>; json(): Record<string, unknown> }) => {
  const { instance: _instance, ...rest } = res.json();
  return { status: res.statusCode, type: res.headers['content-type'], body: rest };
};

describe.each(testEngines())('portal registration does not reveal which e-mails or phones have accounts on %s', (engine) => {
  let smtp: TestSmtpServer;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp(engine, { SMTP_URL: smtp.url, PUBLIC_BASE_URL: BASE, LOGIN_RATE_PER_MINUTE: '10000' });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  async function runJobs() {
    while ((await t.worker.runOnce()) > 0);
  }
  const mailsTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));
  const register = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/portal/auth/register', payload: { kind: 'individual', fullName: 'Người Đăng Ký', password: 'Dang-ky-moi-2026', ...payload } });
  const confirm = (payload: { contact: string; code: string; password: string }) => t.app.inject({ method: 'POST', url: '/api/portal/auth/register/confirm', payload });
  const logIn = (identifier: string, password: string) => t.app.inject({ method: 'POST', url: '/api/portal/auth/login', payload: { identifier, password } });
  const accountsWith = (email: string) => t.ctx.db.selectFrom('applicant_accounts').selectAll().where('email', '=', email).execute();
  const latestCode = (address: string) => codeIn(mailsTo(address).filter((m) => m.subject.startsWith('Mã xác minh')).at(-1)!.text);

  it('answers a new and a taken e-mail with the same 202 and the same bytes; the taken one creates nothing and tells its owner', async () => {
    const owner = await registerAndLogIn(t, { email: 'chu.tai.khoan@example.vn', phone: '0905111222', verified: true });
    const [before] = await accountsWith('chu.tai.khoan@example.vn');

    const fresh = await register({ email: 'moi.tinh@example.vn' });
    const taken = await register({ email: 'Chu.Tai.Khoan@example.vn', fullName: 'Kẻ Thử', password: 'Muon-chiem-2026' });
    const takenPhone = await register({ phone: '+84 905 111 222' });
    for (const res of [fresh, taken, takenPhone]) {
      expect(res.statusCode).toBe(202);
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.headers['content-type']).toBe(fresh.headers['content-type']);
      expect(res.body).toBe(fresh.body);
    }
    expect(fresh.json()).toEqual({
      message: 'Chúng tôi đã gửi mã xác nhận tới email hoặc số điện thoại bạn đã nhập. Nhập mã đó để hoàn tất đăng ký. Nếu địa chỉ này đã có tài khoản, bạn sẽ nhận được thư hướng dẫn đăng nhập thay cho mã.',
    });

    // The taken address: nothing created, nothing changed, and its owner is told (by e-mail, and by SMS for the phone).
    expect(await accountsWith('chu.tai.khoan@example.vn')).toEqual([before]);
    expect(await t.ctx.db.selectFrom('applicant_accounts').select('id').where('phone', '=', '0905111222').execute()).toEqual([{ id: owner.accountId }]);
    await runJobs();
    const toOwner = mailsTo('chu.tai.khoan@example.vn');
    expect(toOwner.map((m) => m.subject)).toEqual(['Có người đăng ký tài khoản bằng địa chỉ của bạn – Cổng dịch vụ công']);
    expect(toOwner[0]!.text).toContain(`Nếu đó là bạn: hãy đăng nhập tại ${BASE}/account/login.`);
    expect(toOwner[0]!.text).not.toMatch(/\d{6}/);
    const refused = await t.ctx.db.selectFrom('audit_entries').select(['action', 'data']).where('entity_id', '=', owner.accountId).where('action', '=', 'applicant.registration_refused').execute();
    expect(refused.map((a) => JSON.parse(a.data))).toEqual([{ channel: 'email' }, { channel: 'phone' }]);

    // The new address: an unconfirmed account and a code.
    const [created] = await accountsWith('moi.tinh@example.vn');
    expect(created).toMatchObject({ confirmed_at: null, email_verified: 0, full_name: 'Người Đăng Ký' });
    expect(mailsTo('moi.tinh@example.vn').map((m) => m.subject)).toEqual(['Mã xác minh địa chỉ thư điện tử – Cổng dịch vụ công']);
    expect(mailsTo('moi.tinh@example.vn')[0]!.text).toContain('Nhập mã tại trang đăng ký để hoàn tất đăng ký tài khoản.');
  });

  it('signs in with the code and the chosen password, with the sign-in cookie, and the e-mail counts as proved', async () => {
    await register({ email: 'xac.nhan@example.vn' });
    await runJobs();
    const code = latestCode('xac.nhan@example.vn');

    const wrongCode = await confirm({ contact: 'xac.nhan@example.vn', code: otherThan(code), password: 'Dang-ky-moi-2026' });
    const wrongPassword = await confirm({ contact: 'xac.nhan@example.vn', code, password: 'Khong-phai-2026' });
    const unknown = await confirm({ contact: 'khong.ai@example.vn', code, password: 'Dang-ky-moi-2026' });
    const confirmedOwner = await registerAndLogIn(t, { email: 'da.co@example.vn', verified: true });
    const confirmedAccount = await confirm({ contact: confirmedOwner.email!, code, password: TEST_APPLICANT_PASSWORD });
    expect(sameness(wrongCode)).toEqual({
      status: 422, type: 'application/problem+json; charset=utf-8',
      body: expect.objectContaining({ code: 'VERIFICATION_CODE_WRONG', detail: 'Mã xác nhận không đúng, đã hết hạn hoặc đã nhập sai quá nhiều lần. Hãy kiểm tra lại mã và mật khẩu, hoặc bấm “Gửi lại mã”.' }),
    });
    for (const res of [wrongPassword, unknown, confirmedAccount]) expect(sameness(res)).toEqual(sameness(wrongCode));
    expect(wrongCode.headers['set-cookie']).toBeUndefined();

    const ok = await confirm({ contact: 'XAC.NHAN@example.vn', code, password: 'Dang-ky-moi-2026' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ fullName: 'Người Đăng Ký', username: 'xac.nhan@example.vn' });
    const cookie = ok.cookies.find((c) => c.name === 'motcua_session');
    expect(cookie).toMatchObject({ httpOnly: true, path: '/', sameSite: 'Lax' });
    const headers = { cookie: `motcua_session=${cookie!.value}`, 'x-csrf-token': ok.json().csrfToken as string };
    expect((await t.app.inject({ method: 'GET', url: '/api/portal/profile', headers })).json()).toMatchObject({ email: 'xac.nhan@example.vn', emailVerified: true });
    // Used once.
    expect(sameness(await confirm({ contact: 'xac.nhan@example.vn', code, password: 'Dang-ky-moi-2026' }))).toEqual(sameness(wrongCode));
    expect((await logIn('xac.nhan@example.vn', 'Dang-ky-moi-2026')).statusCode).toBe(200);
  });

  it('refuses password sign-in of a registration never confirmed exactly like a wrong password', async () => {
    await register({ email: 'chua.xac.nhan@example.vn' });
    const confirmedOwner = await registerAndLogIn(t, { email: 'that.su@example.vn', verified: true });
    const unconfirmed = await logIn('chua.xac.nhan@example.vn', 'Dang-ky-moi-2026');
    const wrongPassword = await logIn(confirmedOwner.email!, 'Sai-mat-khau-2026');
    expect(unconfirmed.statusCode).toBe(401);
    expect(sameness(unconfirmed)).toEqual(sameness(wrongPassword));
    expect(unconfirmed.headers['set-cookie']).toBeUndefined();
  });

  it('voids the code at the fifth wrong try, so the right one no longer confirms', async () => {
    await register({ email: 'doan.ma@example.vn' });
    await runJobs();
    const code = latestCode('doan.ma@example.vn');
    for (let i = 0; i < 5; i++) expect((await confirm({ contact: 'doan.ma@example.vn', code: otherThan(code), password: 'Dang-ky-moi-2026' })).statusCode).toBe(422);
    expect((await confirm({ contact: 'doan.ma@example.vn', code, password: 'Dang-ky-moi-2026' })).statusCode).toBe(422);
    const audit = await t.ctx.db.selectFrom('audit_entries').select('action').where('action', '=', 'applicant.contact_code_exhausted').execute();
    expect(audit.length).toBeGreaterThanOrEqual(1);
  });

  it('lets a new registration of an address still waiting for its code replace it: only the newest password confirms', async () => {
    // A stranger registers someone else's address first; the owner registers it a minute later with their own password.
    await register({ email: 'bi.chiem@example.vn', fullName: 'Kẻ Chiếm Chỗ', password: 'Chiem-cho-2026' });
    t.clock.advance(61_000);
    const owners = await register({ email: 'bi.chiem@example.vn', fullName: 'Chủ Thật', password: 'Chu-that-2026' });
    expect(owners.statusCode).toBe(202);
    expect(await accountsWith('bi.chiem@example.vn')).toHaveLength(1);
    await runJobs();
    const code = latestCode('bi.chiem@example.vn');
    expect(mailsTo('bi.chiem@example.vn').some((m) => m.subject.startsWith('Có người đăng ký'))).toBe(false);
    expect((await confirm({ contact: 'bi.chiem@example.vn', code, password: 'Chiem-cho-2026' })).statusCode).toBe(422);
    const ok = await confirm({ contact: 'bi.chiem@example.vn', code, password: 'Chu-that-2026' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ fullName: 'Chủ Thật' });
    expect((await logIn('bi.chiem@example.vn', 'Chiem-cho-2026')).statusCode).toBe(401);
  });

  it('answers concurrent registrations of one new address alike and keeps one account', async () => {
    const answers = await Promise.all(Array.from({ length: 4 }, (_, i) => register({ email: 'cung.luc@example.vn', fullName: `Người Thứ ${i + 1}` })));
    expect(answers.map((r) => r.statusCode)).toEqual([202, 202, 202, 202]);
    expect(new Set(answers.map((r) => r.body)).size).toBe(1);
    expect(await accountsWith('cung.luc@example.vn')).toHaveLength(1);
  });
});
