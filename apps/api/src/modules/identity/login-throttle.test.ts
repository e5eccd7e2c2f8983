import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createProvince } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';

const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const ADMIN_SECRET = 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF';
const ATTACKER = '203.0.113.9';
const OWNER = '198.51.100.7';

describe.each(testEngines())('sign-in throttling on %s', (engine) => {
  let t: TestApp;

  const logIn = (username: string, password: string, remoteAddress = ATTACKER, totpCode?: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { username, password, ...(totpCode ? { totpCode } : {}) } });
  const audited = async (action: string, officerId: string) =>
    (await t.ctx.db.selectFrom('audit_entries').select('seq').where('action', '=', action).where('entity_id', '=', officerId).execute()).length;

  beforeAll(async () => {
    // The per-address request rate limit would answer first; these tests are about the per-account delays.
    t = await createTestApp(engine, { LOGIN_RATE_PER_MINUTE: '10000' });
    const units = await createProvince(t.ctx.db);
    for (const username of ['burst', 'target', 'spread', 'enum-known', 'forgetful']) {
      await createOfficer(t.ctx.db, { username, roles: [{ role: 'viewer', unit: units.justice }] });
    }
    await createOfficer(t.ctx.db, { username: 'totp-user', roles: [{ role: 'system_admin', unit: units.province }], totpSecret: TOTP_SECRET });
    await createOfficer(t.ctx.db, { username: 'admin', roles: [{ role: 'system_admin', unit: units.province }], totpSecret: ADMIN_SECRET });
  });
  afterAll(() => t.close());

  it('lets at most five of forty concurrent wrong passwords be checked, then refuses even the right one while delayed', async () => {
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => logIn('burst', `wrong-password-${i}`)));
    const codes = burst.map((r) => r.json().code as string);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'LOGIN_THROTTLED')).toHaveLength(35);

    const right = await logIn('burst', 'Secret-pass-1');
    expect(right.statusCode).toBe(429);
    expect(right.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(right.headers['retry-after']).toBe('1');
    expect(right.json()).toMatchObject({ code: 'LOGIN_THROTTLED', title: 'Đăng nhập sai nhiều lần. Vui lòng chờ rồi thử lại.', detail: 'Đăng nhập sai nhiều lần. Vui lòng chờ 1 giây rồi thử lại.', retryAfterSeconds: 1 });
    const [officer] = await t.ctx.db.selectFrom('officers').select('id').where('username', '=', 'burst').execute();
    expect(await audited('auth.login_failed', officer!.id)).toBe(5);
    expect(await audited('auth.login_throttled', officer!.id)).toBe(1);
  });

  it('doubles the wait after each further failure from one address, while the owner signs in from another', async () => {
    for (let i = 0; i < 5; i++) expect((await logIn('target', `guess-${i}`)).statusCode).toBe(401);
    expect((await logIn('target', 'guess-5')).headers['retry-after']).toBe('1');

    expect((await logIn('target', 'Secret-pass-1', OWNER)).statusCode).toBe(200);

    t.clock.advance(1000);
    expect((await logIn('target', 'guess-6')).statusCode).toBe(401);
    const second = await logIn('target', 'guess-7');
    expect([second.statusCode, second.headers['retry-after']]).toEqual([429, '2']);
    t.clock.advance(2000);
    expect((await logIn('target', 'guess-8')).statusCode).toBe(401);
    expect((await logIn('target', 'Secret-pass-1')).headers['retry-after']).toBe('4');
    t.clock.advance(4000);
    expect((await logIn('target', 'Secret-pass-1')).statusCode).toBe(200);
  });

  it('bounds a guesser spread over many addresses by a per-account allowance of twenty', async () => {
    for (let i = 0; i < 20; i++) expect((await logIn('spread', `guess-${i}`, `192.0.2.${i + 1}`)).statusCode).toBe(401);
    const next = await logIn('spread', 'Secret-pass-1', '192.0.2.200');
    expect([next.statusCode, next.headers['retry-after']]).toEqual([429, '1']);
    t.clock.advance(1000);
    expect((await logIn('spread', 'Secret-pass-1', OWNER)).statusCode).toBe(200);
  });

  it('answers an unknown name exactly like a wrong password, and a delayed unknown name like a delayed real one', async () => {
    const unknown = await logIn('no-such-officer', 'Some-password-1');
    const wrong = await logIn('enum-known', 'Some-password-1');
    expect([unknown.statusCode, wrong.statusCode]).toEqual([401, 401]);
    expect(unknown.json()).toEqual(wrong.json());

    for (let i = 0; i < 4; i++) {
      await logIn('no-such-officer', `guess-${i}`);
      await logIn('enum-known', `guess-${i}`);
    }
    const delayedUnknown = await logIn('no-such-officer', 'guess-x');
    const delayedKnown = await logIn('enum-known', 'guess-x');
    expect(delayedUnknown.statusCode).toBe(429);
    expect(delayedUnknown.json()).toEqual(delayedKnown.json());
    expect(delayedUnknown.headers['retry-after']).toBe(delayedKnown.headers['retry-after']);
  });

  it('refuses a TOTP code that was already used to sign in', async () => {
    t.clock.advance(60_000);
    const code = await generate({ secret: TOTP_SECRET, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    expect((await logIn('totp-user', 'Secret-pass-1', OWNER, code)).statusCode).toBe(200);
    const replay = await logIn('totp-user', 'Secret-pass-1', ATTACKER, code);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('TOTP_INVALID');
    t.clock.advance(30_000);
    const next = await generate({ secret: TOTP_SECRET, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    expect((await logIn('totp-user', 'Secret-pass-1', OWNER, next)).statusCode).toBe(200);
  });

  it('shows the account-wide delay in the officer list and lifts every delay when an administrator resets the password', async () => {
    for (let i = 0; i < 5; i++) await logIn('forgetful', `guess-${i}`, OWNER);
    expect((await logIn('forgetful', 'Secret-pass-1', OWNER)).statusCode).toBe(429);
    const code = await generate({ secret: ADMIN_SECRET, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    const admin = await logIn('admin', 'Secret-pass-1', '192.0.2.50', code);
    const headers = { cookie: `motcua_session=${admin.cookies.find((c) => c.name === 'motcua_session')!.value}`, 'x-csrf-token': admin.json().csrfToken };
    const listed = async () => (await t.app.inject({ method: 'GET', url: '/api/officers?q=forgetful', headers })).json().items[0].lockedUntil;
    // One address's delay is not the account's: the list shows only the delay over all addresses.
    expect(await listed()).toBeNull();
    for (let i = 5; i < 20; i++) await logIn('forgetful', `guess-${i}`, `192.0.2.${100 + i}`);
    expect(await listed()).toBe(new Date(t.clock.now().getTime() + 1000).toISOString());
    const [officer] = await t.ctx.db.selectFrom('officers').select('id').where('username', '=', 'forgetful').execute();
    const reset = await t.app.inject({ method: 'POST', url: `/api/officers/${officer!.id}/reset-password`, headers, payload: { password: 'A-fresh-start-2026' } });
    expect(reset.statusCode).toBe(204);
    expect(await listed()).toBeNull();
    expect((await logIn('forgetful', 'A-fresh-start-2026', OWNER)).statusCode).toBe(200);
  });

  it('forgets the counts of names idle for a day when new names come', async () => {
    await logIn('typo-once', 'Some-password-1');
    const keys = async () => (await t.ctx.db.selectFrom('login_throttles').select('key').where('key', 'like', 'officer:typo-%').execute()).map((r) => r.key).sort();
    expect(await keys()).toEqual(['officer:typo-once', `officer:typo-once@${ATTACKER}`]);
    t.clock.advance(24 * 60 * 60_000 + 1000);
    await logIn('typo-later', 'Some-password-1');
    expect(await keys()).toEqual(['officer:typo-later', `officer:typo-later@${ATTACKER}`]);
  });
});
