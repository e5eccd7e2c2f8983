import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createProvince } from '../../test/factories.ts';
import { createTestApp, logInAs, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { registerAndLogIn, TEST_APPLICANT_PASSWORD } from './applicants.test-support.ts';

const VALID_CITIZEN_ID = '051190012345';

function sessionOf(res: { cookies: { name: string; value: string }[]; json(): { csrfToken: string } }) {
  const cookie = res.cookies.find((c) => c.name === 'motcua_session');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `motcua_session=${cookie.value}`, 'x-csrf-token': res.json().csrfToken };
}

describe.each(testEngines())('portal accounts on %s', (engine) => {
  let t: TestApp;
  const register = (payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/portal/auth/register', payload });
  /** Registers, then types back the code the server logged (no SMTP here, outside production) with the password. */
  async function signUp(payload: Record<string, unknown>) {
    const res = await register(payload);
    expect(res.statusCode, res.body).toBe(202);
    while ((await t.worker.runOnce()) > 0);
    const line = t.logs.filter((l) => l.includes('verification code written to the log')).at(-1);
    const { code } = JSON.parse(line!) as { code: string };
    const contact = (payload.email ?? payload.phone) as string;
    return t.app.inject({ method: 'POST', url: '/api/portal/auth/register/confirm', payload: { contact, code, password: payload.password } });
  }
  const logIn = (identifier: string, password: string) => t.app.inject({ method: 'POST', url: '/api/portal/auth/login', payload: { identifier, password } });

  beforeAll(async () => {
    t = await createTestApp(engine, { LOGIN_RATE_PER_MINUTE: '10000' });
  });
  afterAll(() => t.close());

  it('registers a citizen with an e-mail address, signs them in with the code, and answers /me until they sign out', async () => {
    const res = await signUp({ kind: 'individual', fullName: 'Trần Văn Bình', email: 'Binh.Tran@Example.vn', password: 'Binh-matkhau-2026' });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/motcua_session=.*HttpOnly/);
    expect(res.json()).toMatchObject({ kind: 'individual', fullName: 'Trần Văn Bình', username: 'binh.tran@example.vn' });
    const headers = sessionOf(res);

    const me = await t.app.inject({ method: 'GET', url: '/api/portal/auth/me', headers });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: res.json().id, fullName: 'Trần Văn Bình' });

    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/portal/auth/logout', headers: { cookie: headers.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    const out = await t.app.inject({ method: 'POST', url: '/api/portal/auth/logout', headers });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/portal/auth/me', headers });
    expect(after.statusCode).toBe(401);

    const audit = await t.ctx.db.selectFrom('audit_entries').select(['action', 'data']).where('entity_id', '=', res.json().id).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual([
      'applicant.registered', 'applicant.contact_code_requested', 'applicant.contact_verified', 'applicant.registration_confirmed', 'auth.login', 'auth.logout',
    ]);
    expect(audit.map((a) => a.data).join()).not.toContain('example.vn');
  });

  it('signs in with the e-mail in any case or with the phone number in any usual spelling', async () => {
    const res = await signUp({ kind: 'individual', fullName: 'Lê Thị Cúc', email: 'cuc@example.vn', phone: '+84 912 345 678', password: 'cuc-mat-khau-9' });
    expect(res.statusCode).toBe(200);
    expect((await logIn('CUC@example.vn', 'cuc-mat-khau-9')).statusCode).toBe(200);
    const byPhone = await logIn('0912.345.678', 'cuc-mat-khau-9');
    expect(byPhone.statusCode).toBe(200);
    expect(byPhone.json().username).toBe('cuc@example.vn');
    const profile = await t.app.inject({ method: 'GET', url: '/api/portal/profile', headers: sessionOf(byPhone) });
    expect(profile.json()).toMatchObject({ phone: '0912345678', email: 'cuc@example.vn', emailVerified: true, phoneVerified: false, hasPassword: true });
  });

  it('refuses a weak password and a missing contact, naming the fields', async () => {
    const short = await register({ kind: 'individual', fullName: 'Phạm Văn Dũng', email: 'dung@example.vn', password: 'ngan-qua-11' });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([expect.objectContaining({ path: 'body.password', message: 'Mật khẩu tối thiểu 12 ký tự' })]);
    // No composition rules: twelve lower-case letters and spaces do; a leaked password with decoration does not.
    for (const breached of ['Sunshine2026!', 'iloveyou1234', 'QWERTYUIOP12']) {
      const res = await register({ kind: 'individual', fullName: 'Phạm Văn Dũng', email: 'dung@example.vn', password: breached });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([{ path: 'body.password', message: 'Mật khẩu này nằm trong danh sách mật khẩu đã bị lộ; hãy chọn mật khẩu khác (ví dụ một câu ngắn dễ nhớ)' }]);
    }
    const tooLong = await register({ kind: 'individual', fullName: 'Phạm Văn Dũng', email: 'dung@example.vn', password: 'x'.repeat(129) });
    expect(tooLong.json().errors).toEqual([expect.objectContaining({ path: 'body.password', message: 'Mật khẩu tối đa 128 ký tự' })]);

    const noContact = await register({ kind: 'individual', fullName: 'Phạm Văn Dũng', password: 'dung-2026-ok-nhe' });
    expect(noContact.statusCode).toBe(400);
    expect(noContact.json().errors[0].path).toBe('body.email');

    expect((await register({ kind: 'individual', fullName: 'Phạm Văn Dũng', email: 'dung@example.vn', phone: '0987654321', password: 'dung-2026-ok-nhe' })).statusCode).toBe(202);
  });

  it('registers a business with a valid tax code and refuses a wrong check digit', async () => {
    const bad = await register({ kind: 'organisation', fullName: 'Võ Minh Khang', organisationName: 'Công ty TNHH Sông Trà', taxCode: '0100109107', email: 'songtra@example.vn', password: 'song-tra-2026-ok' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.taxCode');
    const good = await signUp({ kind: 'organisation', fullName: 'Võ Minh Khang', organisationName: 'Công ty TNHH Sông Trà', taxCode: '0100109106', email: 'songtra@example.vn', password: 'song-tra-2026-ok' });
    expect(good.statusCode).toBe(200);
    expect(good.json()).toMatchObject({ kind: 'organisation', organisationName: 'Công ty TNHH Sông Trà', fullName: 'Võ Minh Khang' });
  });

  it('gives the same vague answer for an unknown account and a wrong password, and never logs either', async () => {
    const unknown = await logIn('khongco@example.vn', 'Whatever-123');
    const wrong = await logIn('cuc@example.vn', 'Sai-matkhau-77');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual({ ...wrong.json(), instance: unknown.json().instance });
    expect(wrong.json().detail).toBe('Email/số điện thoại hoặc mật khẩu không đúng.');
    const logs = t.logs.join('\n');
    expect(logs).not.toContain('Sai-matkhau-77');
    expect(logs).not.toContain('cuc@example.vn');
  });

  it('delays an account after five failed attempts, even for the right password, until the wait is over', async () => {
    const { email } = await registerAndLogIn(t);
    for (let i = 0; i < 5; i++) expect((await logIn(email!, `sai-matkhau-${i}`)).statusCode).toBe(401);
    const delayed = await logIn(email!, TEST_APPLICANT_PASSWORD);
    expect(delayed.statusCode).toBe(429);
    expect(delayed.headers['retry-after']).toBe('1');
    expect(delayed.json().code).toBe('LOGIN_THROTTLED');
    t.clock.advance(1000);
    expect((await logIn(email!, TEST_APPLICANT_PASSWORD)).statusCode).toBe(200);
  });

  it('lets at most five of forty concurrent wrong passwords be checked, then refuses the right one while delayed', async () => {
    const { email } = await registerAndLogIn(t);
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => logIn(email!.toUpperCase(), `sai-matkhau-${i}`)));
    const codes = burst.map((r) => r.json().code as string);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'LOGIN_THROTTLED')).toHaveLength(35);
    expect((await logIn(email!, TEST_APPLICANT_PASSWORD)).statusCode).toBe(429);
  });

  it('edits the profile: a bad citizen ID or birth date is refused by field, a good one is kept, and the audit names fields only', async () => {
    const { accountId, headers } = await registerAndLogIn(t, { citizenId: null, dateOfBirth: null, email: 'hoa@example.vn' });
    const base = { fullName: 'Đặng Thị Hoa', email: 'hoa@example.vn', address: 'Thôn 3, xã Tịnh Khê' };
    const badId = await t.app.inject({ method: 'PUT', url: '/api/portal/profile', headers, payload: { ...base, citizenId: '999190012345', dateOfBirth: '2030-01-01' } });
    expect(badId.statusCode).toBe(400);
    const paths = badId.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['body.citizenId', 'body.dateOfBirth']);
    expect(badId.json().errors.find((e: { path: string }) => e.path === 'body.citizenId').message).toContain('mã tỉnh');

    const good = await t.app.inject({ method: 'PUT', url: '/api/portal/profile', headers, payload: { ...base, citizenId: VALID_CITIZEN_ID, dateOfBirth: '1990-05-12', phone: '0905 111 222' } });
    expect(good.statusCode).toBe(200);
    expect(good.json()).toMatchObject({ fullName: 'Đặng Thị Hoa', citizenId: VALID_CITIZEN_ID, dateOfBirth: '1990-05-12', phone: '0905111222', address: 'Thôn 3, xã Tịnh Khê' });
    const read = await t.app.inject({ method: 'GET', url: '/api/portal/profile', headers });
    expect(read.json().citizenId).toBe(VALID_CITIZEN_ID);

    const audit = await t.ctx.db.selectFrom('audit_entries').select('data').where('action', '=', 'applicant.profile_updated').where('entity_id', '=', accountId).execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.data)).toEqual({ fields: expect.arrayContaining(['full_name', 'citizen_id', 'date_of_birth', 'phone']) });
    expect(audit[0]!.data).not.toContain(VALID_CITIZEN_ID);
  });

  it('refuses taking another account’s e-mail in the profile and clearing both contacts of a password account', async () => {
    const other = await registerAndLogIn(t, { email: 'da-dung@example.vn' });
    const { headers } = await registerAndLogIn(t);
    const taken = await t.app.inject({ method: 'PUT', url: '/api/portal/profile', headers, payload: { fullName: 'Ai Đó', email: 'DA-DUNG@example.vn' } });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toEqual([expect.objectContaining({ path: 'body.email' })]);
    const none = await t.app.inject({ method: 'PUT', url: '/api/portal/profile', headers, payload: { fullName: 'Ai Đó', email: null, phone: null } });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0].path).toBe('body.email');
    expect(other.accountId).toBeTruthy();
  });

  it('keeps applicants and officers apart: each is refused the other’s routes', async () => {
    const units = await createProvince(t.ctx.db);
    await createOfficer(t.ctx.db, { username: 'quay', roles: [{ role: 'desk_officer', unit: units.justice }] });
    const officer = await logInAs(t.app, 'quay');
    const { headers } = await registerAndLogIn(t);

    const queue = await t.app.inject({ method: 'GET', url: '/api/dossiers/queue', headers });
    expect(queue.statusCode).toBe(403);
    const officerMe = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(officerMe.statusCode).toBe(403);

    const profile = await t.app.inject({ method: 'GET', url: '/api/portal/profile', headers: officer.headers });
    expect(profile.statusCode).toBe(403);
    const portalMe = await t.app.inject({ method: 'GET', url: '/api/portal/auth/me', headers: officer.headers });
    expect(portalMe.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/portal/profile' })).statusCode).toBe(401);
  });

  it('offers no identity-provider sign-in when none is configured', async () => {
    const options = await t.app.inject({ method: 'GET', url: '/api/portal/auth/options' });
    expect(options.json()).toEqual({ oidc: false, providerName: null, uploadMaxBytes: 20 * 1024 * 1024 });
    expect((await t.app.inject({ method: 'GET', url: '/api/portal/auth/oidc/start' })).statusCode).toBe(404);
  });
});
