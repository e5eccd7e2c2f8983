import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createProvince } from '../../test/factories.ts';
import { createTestApp, logInAs, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';

const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe.each(testEngines())('signing in and sessions on %s', (engine) => {
  let t: TestApp;
  let units: Awaited<ReturnType<typeof createProvince>>;

  beforeAll(async () => {
    t = await createTestApp(engine);
    units = await createProvince(t.ctx.db);
    await createOfficer(t.ctx.db, { username: 'desk', roles: [{ role: 'desk_officer', unit: units.justice }] });
    await createOfficer(t.ctx.db, { username: 'locky', roles: [{ role: 'viewer', unit: units.justice }] });
    await createOfficer(t.ctx.db, { username: 'root', roles: [{ role: 'system_admin', unit: units.province }], totpSecret: TOTP_SECRET });
    await createOfficer(t.ctx.db, { username: 'newadmin', roles: [{ role: 'system_admin', unit: units.province }] });
  });
  afterAll(() => t.close());

  it('signs an officer in with an httpOnly SameSite session cookie and returns their roles and permissions', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'DESK', password: 'Secret-pass-1' } });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/motcua_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/__Host-|Secure/);
    const me = res.json();
    expect(me).toMatchObject({ username: 'desk', roles: [{ role: 'desk_officer', orgUnitName: 'Sở Tư pháp' }], mustEnrolTotp: false });
    expect(me.permissions).toContain('files.upload');
    expect(me.permissions).not.toContain('officer.manage');
  });

  it('refuses a wrong password with a Vietnamese problem, and never logs the password', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'desk', password: 'wrong-Password-9' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', title: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    expect(t.logs.join('\n')).not.toContain('wrong-Password-9');
  });

  it('delays an account after five failed attempts, even for the right password, until the wait is over', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'locky', password: `bad-password-${i}` } });
      expect(res.statusCode).toBe(401);
    }
    const delayed = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'locky', password: 'Secret-pass-1' } });
    expect(delayed.statusCode).toBe(429);
    expect(delayed.json().code).toBe('LOGIN_THROTTLED');
    const audit = await t.ctx.db.selectFrom('audit_entries').select('action').where('action', '=', 'auth.login_throttled').execute();
    expect(audit).toHaveLength(1);
    t.clock.advance(1000);
    const after = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'locky', password: 'Secret-pass-1' } });
    expect(after.statusCode).toBe(200);
  });

  it('asks an administrator for the TOTP code and accepts a valid one', async () => {
    const first = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'root', password: 'Secret-pass-1' } });
    expect(first.json().code).toBe('TOTP_REQUIRED');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'root', password: 'Secret-pass-1', totpCode: '000000' } });
    expect(wrong.json().code).toBe('TOTP_INVALID');
    const code = await generate({ secret: TOTP_SECRET, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    const session = await logInAs(t.app, 'root', 'Secret-pass-1', code);
    const units = await t.app.inject({ method: 'GET', url: '/api/org-units', headers: session.headers });
    expect(units.statusCode).toBe(200);
  });

  it('keeps an administrator without a second factor out of everything but enrolment until they enable it', async () => {
    const s = await logInAs(t.app, 'newadmin');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
    expect(me.json().mustEnrolTotp).toBe(true);
    const blocked = await t.app.inject({ method: 'GET', url: '/api/org-units', headers: s.headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('TOTP_ENROLMENT_REQUIRED');
    const setup = await t.app.inject({ method: 'POST', url: '/api/auth/totp/setup', headers: s.headers });
    const { secret, otpauthUrl } = setup.json();
    expect(otpauthUrl).toContain('otpauth://totp/');
    const bad = await t.app.inject({ method: 'POST', url: '/api/auth/totp/enable', headers: s.headers, payload: { code: '123456' } });
    expect(bad.statusCode).toBe(401);
    const code = await generate({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    const ok = await t.app.inject({ method: 'POST', url: '/api/auth/totp/enable', headers: s.headers, payload: { code } });
    expect(ok.statusCode).toBe(204);
    const now = await t.app.inject({ method: 'GET', url: '/api/org-units', headers: s.headers });
    expect(now.statusCode).toBe(200);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const s = await logInAs(t.app, 'desk');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_FAILED');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(200);
  });

  it('ends one session on logout and every session on logout everywhere', async () => {
    const a = await logInAs(t.app, 'desk');
    const b = await logInAs(t.app, 'desk');
    const c = await logInAs(t.app, 'desk');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: a.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: a.headers })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: b.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout-all', headers: b.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: c.headers })).statusCode).toBe(401);
  });

  it('expires a session after the idle timeout and after the absolute lifetime despite activity', async () => {
    const idle = await logInAs(t.app, 'desk');
    t.clock.advance(31 * 60_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: idle.headers })).statusCode).toBe(401);

    const busy = await logInAs(t.app, 'desk');
    for (let hour = 0; hour < 12; hour++) {
      t.clock.advance(25 * 60_000);
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: busy.headers })).statusCode).toBe(200);
    }
    t.clock.advance(12 * 60 * 60_000 - 12 * 25 * 60_000 + 60_000);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: busy.headers })).statusCode).toBe(401);
  });

  it('never writes the session cookie into the logs', async () => {
    const s = await logInAs(t.app, 'desk');
    await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: s.headers });
    const token = s.cookie.split('=')[1]!;
    expect(t.logs.length).toBeGreaterThan(0);
    expect(t.logs.join('\n')).not.toContain(token);
  });
});

describe.each(testEngines())('session cookie over https on %s', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(engine, { COOKIE_SECURE: 'true' });
    const units = await createProvince(t.ctx.db);
    await createOfficer(t.ctx.db, { username: 'desk', roles: [{ role: 'desk_officer', unit: units.justice }] });
  });
  afterAll(() => t.close());

  it('names the cookie with the __Host- prefix, Secure, for the whole site and no domain, and reads it back', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'desk', password: 'Secret-pass-1' } });
    const cookie = res.cookies.find((c) => c.name === '__Host-motcua_session');
    expect(cookie).toMatchObject({ secure: true, path: '/', httpOnly: true, sameSite: 'Lax' });
    expect(cookie!.domain).toBeUndefined();
    const headers = { cookie: `__Host-motcua_session=${cookie!.value}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `motcua_session=${cookie!.value}` } })).statusCode).toBe(401);
  });
});

describe.each(testEngines())('second factor required by configured roles on %s', (engine) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(engine, { TOTP_REQUIRED_ROLES: 'leader' });
    const units = await createProvince(t.ctx.db);
    await createOfficer(t.ctx.db, { username: 'chief', roles: [{ role: 'leader', unit: units.justice }] });
    await createOfficer(t.ctx.db, { username: 'admin', roles: [{ role: 'system_admin', unit: units.province }] });
    await createOfficer(t.ctx.db, { username: 'desk', roles: [{ role: 'desk_officer', unit: units.justice }] });
  });
  afterAll(() => t.close());

  it('keeps an officer of a TOTP_REQUIRED_ROLES role out until enrolled, and lets any other officer enrol by choice', async () => {
    const chief = await logInAs(t.app, 'chief');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: chief.headers })).json().mustEnrolTotp).toBe(true);
    const blocked = await t.app.inject({ method: 'GET', url: '/api/org-units', headers: chief.headers });
    expect(blocked.json().code).toBe('TOTP_ENROLMENT_REQUIRED');

    const admin = await logInAs(t.app, 'admin');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: admin.headers })).json().mustEnrolTotp).toBe(false);

    const desk = await logInAs(t.app, 'desk');
    const setup = await t.app.inject({ method: 'POST', url: '/api/auth/totp/setup', headers: desk.headers });
    const code = await generate({ secret: setup.json().secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/totp/enable', headers: desk.headers, payload: { code } })).statusCode).toBe(204);
    // The enrolment code is spent; the next sign-in needs a fresh one.
    const reuse = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'desk', password: 'Secret-pass-1', totpCode: code } });
    expect(reuse.json().code).toBe('TOTP_INVALID');

    const roles = await t.app.inject({ method: 'GET', url: '/api/roles', headers: admin.headers });
    const required = roles.json().items.filter((r: { requiresTotp: boolean }) => r.requiresTotp).map((r: { code: string }) => r.code);
    expect(required).toEqual(['leader']);
  });
});

