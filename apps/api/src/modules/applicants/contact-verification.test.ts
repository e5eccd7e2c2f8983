import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../platform/ids.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../notifications/test-smtp.ts';
import { normalisePhone } from '@motcua/shared';
import { registerAndLogIn } from './applicants.test-support.ts';
import { findApplicantContact } from './index.ts';

const BASE = 'https://dichvucong.quangngai.example.vn';
const MINUTE = 60_000;

type Headers = Record<string, string>;

const codeIn = (text: string): string => {
  const code = /là: (\d{6})$/m.exec(text)?.[1] ?? /: (\d{6})\./.exec(text)?.[1];
  if (!code) throw new Error(`no code in ${text}`);
  return code;
};
const otherThan = (code: string): string => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe.each(testEngines())('portal accounts prove their e-mail or phone on %s', (engine) => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let n = 0;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    // Sessions outlive the hour these tests move the clock through.
    t = await createTestApp(engine, { SMTP_URL: smtp.url, PUBLIC_BASE_URL: BASE, LOGIN_RATE_PER_MINUTE: '1000', SESSION_IDLE_MINUTES: '1000', SESSION_ABSOLUTE_HOURS: '100' });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  async function runJobs() {
    while ((await t.worker.runOnce()) > 0);
  }
  const mailsTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));
  /**
   * A signed-in account whose contacts are not proved, which asks for a code ("Gửi lại mã"). (Registration itself now
   * proves its contact with its own code before signing in: registration.test.ts.)
   */
  async function register(contact: { email?: string; phone?: string }) {
    const account = await registerAndLogIn(t, { fullName: `Nguyễn Văn Thử ${++n}`, email: contact.email ?? null, phone: contact.phone ? normalisePhone(contact.phone) : null });
    const res = await resend(account.headers);
    expect(res.statusCode, res.body).toBe(202);
    return { id: account.accountId, headers: account.headers };
  }
  const verify = (headers: Headers, code: string) => t.app.inject({ method: 'POST', url: '/api/portal/account/verify', headers, payload: { code } });
  const resend = (headers: Headers, payload: Record<string, unknown> = {}) => t.app.inject({ method: 'POST', url: '/api/portal/account/verify/resend', headers, payload });
  const state = async (headers: Headers) => (await t.app.inject({ method: 'GET', url: '/api/portal/account/verification', headers })).json();
  const profile = async (headers: Headers) => (await t.app.inject({ method: 'GET', url: '/api/portal/profile', headers })).json();
  /** The code of the newest mail to `address`. */
  const latestCode = (address: string) => codeIn(mailsTo(address).at(-1)!.text);
  const auditOf = (id: string) => t.ctx.db.selectFrom('audit_entries').select(['action', 'data']).where('entity_id', '=', id).orderBy('seq').execute();

  it('e-mails a 6-digit code after the request committed, keeps only its salted hash, and proves the address with it', async () => {
    const email = 'an.nguyen@example.vn';
    const { id, headers } = await register({ email });
    // Nothing is sent inside the request: a durable job does it.
    expect(mailsTo(email)).toHaveLength(0);
    expect(await state(headers)).toMatchObject({ channel: 'email', contact: email, emailVerified: false, code: { channel: 'email', sentAt: null, attemptsLeft: 5 }, resendInSeconds: 60 });
    expect(await profile(headers)).toMatchObject({ email, emailVerified: false, phoneVerified: false });

    await runJobs();
    const [mail, ...more] = mailsTo(email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe('Mã xác minh địa chỉ thư điện tử – Cổng dịch vụ công');
    expect(mail!.text).toMatch(/^Kính gửi Ông\/Bà Nguyễn Văn Thử \d+,/);
    expect(mail!.text).toContain('Mã có hiệu lực 15 phút, đến 09:15 ngày 23/11/2026 (giờ Việt Nam)');
    expect(mail!.text).toContain(`${BASE}/account/profile`);
    const code = codeIn(mail!.text);
    expect(await state(headers)).toMatchObject({ code: { sentAt: t.clock.now().toISOString(), expiresAt: '2026-11-23T02:15:00.000Z', logged: false } });

    const row = await t.ctx.db.selectFrom('applicant_contact_codes').selectAll().where('account_id', '=', id).executeTakeFirstOrThrow();
    expect(row.code_hash).toBe(sha256Hex(`${row.code_salt}${code}`));
    const jobs = await t.ctx.db.selectFrom('jobs').select('payload').where('kind', '=', 'applicants.contact_code').execute();
    for (const stored of [JSON.stringify(row), ...jobs.map((j) => j.payload)]) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(email);
    }

    const ok = await verify(headers, code);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ channel: null, email, emailVerified: true, code: null });
    expect(await profile(headers)).toMatchObject({ emailVerified: true });
    const again = await verify(headers, code);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Thư điện tử và số điện thoại của tài khoản đều đã được xác minh.');

    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['applicant.contact_code_requested', 'applicant.contact_verified']);
    expect(JSON.parse(audit[0]!.data)).toEqual({ channel: 'email', reason: 'requested' });
    expect(JSON.parse(audit[1]!.data)).toEqual({ channel: 'email', via: 'code' });
    const everywhere = [...audit.map((a) => a.data), ...t.logs].join('\n');
    expect(everywhere).not.toContain(code);
    expect(everywhere).not.toContain(email);
  });

  it('answers a wrong code with 422 and the attempts left, and voids the code at the fifth wrong one', async () => {
    const email = 'binh.le@example.vn';
    const { id, headers } = await register({ email });
    await runJobs();
    const code = latestCode(email);

    const malformed = await verify(headers, '12a456');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors).toEqual([{ path: 'body.code', message: 'Mã xác minh gồm đúng 6 chữ số' }]);

    for (const left of [4, 3, 2, 1]) {
      const wrong = await verify(headers, otherThan(code));
      expect(wrong.statusCode).toBe(422);
      expect(wrong.headers['content-type']).toContain('application/problem+json');
      expect(wrong.json()).toMatchObject({ code: 'VERIFICATION_CODE_WRONG', title: 'Mã xác minh không đúng.', attemptsLeft: left, detail: `Mã xác minh không đúng. Bạn còn ${left} lần thử.` });
      expect(wrong.json().errors).toEqual([{ path: 'body.code', message: `Mã xác minh không đúng. Bạn còn ${left} lần thử.` }]);
    }
    expect((await state(headers)).code).toMatchObject({ attemptsLeft: 1 });
    const fifth = await verify(headers, otherThan(code));
    expect(fifth.statusCode).toBe(422);
    expect(fifth.json()).toMatchObject({ attemptsLeft: 0, detail: 'Mã xác minh không đúng. Bạn đã nhập sai 5 lần nên mã này đã bị hủy. Hãy bấm “Gửi lại mã” để nhận mã mới.' });

    // Even the right code is refused now; the account stays unverified.
    const late = await verify(headers, code);
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ code: 'VERIFICATION_CODE_EXPIRED', reason: 'exhausted', detail: 'Mã xác minh đã bị hủy vì nhập sai 5 lần. Hãy bấm “Gửi lại mã” để nhận mã mới.' });
    expect(await state(headers)).toMatchObject({ emailVerified: false, code: null });

    const audit = await auditOf(id);
    expect(audit.map((a) => a.action).filter((a) => a.startsWith('applicant.contact_code_'))).toEqual([
      'applicant.contact_code_requested', 'applicant.contact_code_wrong', 'applicant.contact_code_wrong', 'applicant.contact_code_wrong', 'applicant.contact_code_wrong', 'applicant.contact_code_exhausted',
    ]);
    expect(audit.map((a) => a.data).join('\n')).not.toContain(code);
  });

  it('refuses an expired code, and a code asked for again a minute later proves the address', async () => {
    const email = 'cuong.pham@example.vn';
    const { headers } = await register({ email });
    await runJobs();
    const first = latestCode(email);
    t.clock.advance(15 * MINUTE + 1_000);
    const expired = await verify(headers, first);
    expect(expired.statusCode).toBe(422);
    expect(expired.json()).toMatchObject({ code: 'VERIFICATION_CODE_EXPIRED', reason: 'expired', detail: 'Mã xác minh đã hết hạn (mã chỉ có hiệu lực 15 phút). Hãy bấm “Gửi lại mã” để nhận mã mới.' });
    expect(expired.json().errors[0].path).toBe('body.code');
    expect(await state(headers)).toMatchObject({ code: null, resendInSeconds: 0 });

    const again = await resend(headers);
    expect(again.statusCode, again.body).toBe(202);
    expect(again.json()).toMatchObject({ channel: 'email', code: { sentAt: null }, resendInSeconds: 60 });
    await runJobs();
    expect(mailsTo(email)).toHaveLength(2);
    const second = latestCode(email);
    expect((await verify(headers, second)).statusCode).toBe(200);
  });

  it('retries a code the mail server refused, and gives up showing a code that never went out', async () => {
    const email = 'khoa.bui@example.vn';
    const { headers } = await register({ email });
    const early = await verify(headers, '123456');
    expect(early.json()).toMatchObject({ code: 'VERIFICATION_CODE_EXPIRED', reason: 'sending', detail: 'Mã xác minh đang được gửi tới bạn. Vui lòng chờ thư hoặc tin nhắn rồi nhập mã trong đó.' });
    smtp.refuseNext(1);
    await runJobs();
    expect(mailsTo(email)).toHaveLength(0);
    expect((await state(headers)).code).toMatchObject({ sentAt: null });
    t.clock.advance(3_000);
    await runJobs();
    expect(mailsTo(email)).toHaveLength(1);
    expect((await verify(headers, latestCode(email))).statusCode).toBe(200);

    // No worker took the job at all: after two minutes the portal stops waiting for it and offers a new code.
    const quiet = await register({ email: 'lan.ha@example.vn' });
    t.clock.advance(2 * MINUTE);
    expect(await state(quiet.headers)).toMatchObject({ code: null, resendInSeconds: 0 });
    expect((await verify(quiet.headers, '123456')).json()).toMatchObject({ reason: 'none' });
    expect((await resend(quiet.headers)).statusCode).toBe(202);
    await runJobs();
    expect(mailsTo('lan.ha@example.vn')).toHaveLength(1);
    expect((await verify(quiet.headers, latestCode('lan.ha@example.vn'))).statusCode).toBe(200);
  });

  it('sends at most one new code a minute and five an hour, and only the newest code counts', async () => {
    const email = 'dung.vo@example.vn';
    const { headers } = await register({ email });
    await runJobs();
    const first = latestCode(email);

    const tooSoon = await resend(headers);
    expect(tooSoon.statusCode).toBe(429);
    expect(tooSoon.json()).toMatchObject({ code: 'VERIFICATION_RESEND_LIMITED', retryAfterSeconds: 60, detail: 'Mỗi phút chỉ gửi được một mã xác minh. Vui lòng chờ 60 giây rồi bấm “Gửi lại mã”.' });
    t.clock.advance(45_000);
    expect(await state(headers)).toMatchObject({ resendInSeconds: 15 });
    t.clock.advance(15_000);
    for (let i = 0; i < 4; i++) {
      const res = await resend(headers);
      expect(res.statusCode, res.body).toBe(202);
      t.clock.advance(MINUTE);
    }
    // Five codes within the hour (the registration's and four more): the sixth waits until the first is an hour old.
    const hourly = await resend(headers);
    expect(hourly.statusCode).toBe(429);
    expect(hourly.json()).toMatchObject({ retryAfterSeconds: 60 * 60 - 5 * 60, detail: 'Bạn đã yêu cầu 5 mã xác minh trong một giờ. Vui lòng thử lại sau 55 phút.' });
    expect(await state(headers)).toMatchObject({ resendInSeconds: 55 * 60 });

    await runJobs();
    // The codes replaced before their job ran were never sent: only the newest went out.
    expect(mailsTo(email)).toHaveLength(2);
    // The first code was replaced by the later ones: it is just a wrong code now.
    expect((await verify(headers, first)).json()).toMatchObject({ code: 'VERIFICATION_CODE_WRONG', attemptsLeft: 4 });
    t.clock.advance(55 * MINUTE);
    expect((await resend(headers)).statusCode).toBe(202);
    await runJobs();
    expect((await verify(headers, latestCode(email))).statusCode).toBe(200);
  });

  it('makes a changed e-mail unverified again and sends a code to the new address, voiding the old one', async () => {
    const email = 'em.tran@example.vn';
    const { id, headers } = await register({ email });
    await runJobs();
    const base = { fullName: 'Trần Thị Em', address: 'Thôn 2, xã Nghĩa Hà' };

    // A typo corrected straight away: the code sent to the old address no longer works.
    const oldCode = latestCode(email);
    const corrected = await t.app.inject({ method: 'PUT', url: '/api/portal/profile', headers, payload: { ...base, email: 'em.tran2@example.vn' } });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ email: 'em.tran2@example.vn', emailVerified: false });
    await runJobs();
    expect(mailsTo('em.tran2@example.vn')).toHaveLength(1);
    expect((await verify(headers, oldCode)).statusCode).toBe(422);
    expect((await verify(headers, latestCode('em.tran2@example.vn'))).statusCode).toBe(200);

    // Editing anything else keeps the proof; a new address loses it and gets a code.
    const same = await t.app.inject({ method: 'PUT', url: '/api/portal/profile', headers, payload: { ...base, email: 'em.tran2@example.vn', address: 'Thôn 3, xã Nghĩa Hà' } });
    expect(same.json()).toMatchObject({ emailVerified: true });
    await runJobs();
    expect(mailsTo('em.tran2@example.vn')).toHaveLength(1);

    t.clock.advance(MINUTE);
    const moved = await t.app.inject({ method: 'PUT', url: '/api/portal/profile', headers, payload: { ...base, email: 'em.moi@example.vn' } });
    expect(moved.json()).toMatchObject({ email: 'em.moi@example.vn', emailVerified: false });
    expect(await findApplicantContact(t.ctx.db, id)).toMatchObject({ email: null });
    await runJobs();
    expect((await verify(headers, latestCode('em.moi@example.vn'))).statusCode).toBe(200);
    expect(await findApplicantContact(t.ctx.db, id)).toMatchObject({ email: 'em.moi@example.vn' });
    const reasons = (await auditOf(id)).filter((a) => a.action === 'applicant.contact_code_requested').map((a) => JSON.parse(a.data).reason);
    expect(reasons).toEqual(['requested', 'contact_changed', 'contact_changed']);
  });

  it('texts a phone-only account its code through the SMS channel (only logged here) and proves the phone', async () => {
    const { id, headers } = await register({ phone: '0912 345 001' });
    expect(await findApplicantContact(t.ctx.db, id)).toMatchObject({ phone: null });
    await runJobs();
    const line = t.logs.find((l) => l.includes('verification code written to the log'));
    const logged = JSON.parse(line!) as { channel: string; code: string };
    expect(logged.channel).toBe('sms');
    expect(line).not.toContain('0912345001');
    expect(await state(headers)).toMatchObject({ channel: 'phone', contact: '0912345001', code: { channel: 'phone', logged: true } });

    const ok = await verify(headers, logged.code);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ channel: null, phoneVerified: true });
    expect(await profile(headers)).toMatchObject({ phone: '0912345001', phoneVerified: true, emailVerified: false });
    expect(await findApplicantContact(t.ctx.db, id)).toMatchObject({ email: null, phone: '0912345001' });
  });

  it('proves the phone of an account whose e-mail is proved when asked, and refuses what cannot be proved', async () => {
    const email = 'giang.do@example.vn';
    const { headers } = await register({ email, phone: '0912 345 002' });
    await runJobs();
    expect((await verify(headers, latestCode(email))).json()).toMatchObject({ emailVerified: true, channel: 'phone', code: null });

    t.clock.advance(MINUTE);
    const again = await resend(headers, { channel: 'email' });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('Thư điện tử của tài khoản đã được xác minh.');
    const phone = await resend(headers, { channel: 'phone' });
    expect(phone.statusCode).toBe(202);
    await runJobs();
    const code = (JSON.parse(t.logs.filter((l) => l.includes('verification code written to the log')).at(-1)!) as { code: string }).code;
    expect((await verify(headers, code)).json()).toMatchObject({ emailVerified: true, phoneVerified: true, channel: null });

    const { headers: emailOnly } = await register({ email: 'hanh.ly@example.vn' });
    t.clock.advance(MINUTE);
    const noPhone = await resend(emailOnly, { channel: 'phone' });
    expect(noPhone.statusCode).toBe(400);
    expect(noPhone.json().errors).toEqual([{ path: 'body.channel', message: 'Tài khoản chưa có số điện thoại để xác minh' }]);
    expect((await t.app.inject({ method: 'POST', url: '/api/portal/account/verify/resend', payload: {} })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/portal/account/verification' })).statusCode).toBe(401);
  });
});
