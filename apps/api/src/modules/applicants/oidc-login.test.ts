import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { createIdentityProvider } from './oidc/demo-idp.ts';
import { signInAtProvider } from './oidc.test-support.ts';

const CLIENT = { clientId: 'motcua-portal', clientSecret: 'test-client-secret-0123456789', redirectUri: 'http://localhost:3000/api/portal/auth/oidc/callback' };
const CITIZEN = { name: 'Nguyễn Thị Hồng Nhung', birthdate: '1990-05-12', citizen_id: '051190012345', email: 'nhung@vneid.example', email_verified: true };
/** A provider that hands out an e-mail it has not verified (and, later, says it has). */
const UNPROVED: Record<string, unknown> = { name: 'Lê Văn Sang', email: 'Sang.Le@Example.vn', email_verified: false };

describe.each(testEngines())('signing in through an OpenID Connect provider on %s', (engine) => {
  let t: TestApp;
  let server: Server;

  beforeAll(async () => {
    let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
    server = createServer((req, res) => handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    handle = createIdentityProvider(issuer, CLIENT, { nhung: CITIZEN, 'khong-so': { name: 'Trần Văn Tư', citizen_id: '12345' }, 'chua-xac-minh': UNPROVED }).callback();
    t = await createTestApp(engine, { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT.clientId, OIDC_CLIENT_SECRET: CLIENT.clientSecret });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => server.close(resolve));
  });

  /** Starts at our start route, signs in at the provider, and returns the callback URL with the browser's binding cookie. */
  async function throughProvider(login: string, returnTo?: string) {
    const start = await t.app.inject({ method: 'GET', url: `/api/portal/auth/oidc/start${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}` });
    expect(start.statusCode).toBe(303);
    const binding = start.cookies.find((c) => c.name === 'motcua_oidc')!;
    expect(binding.httpOnly).toBe(true);
    const callback = await signInAtProvider(start.headers.location as string, login, CLIENT.redirectUri);
    return { callback, authorizeUrl: new URL(start.headers.location as string), cookie: `motcua_oidc=${binding.value}` };
  }
  const callBack = (url: URL, cookie?: string) =>
    t.app.inject({ method: 'GET', url: `${url.pathname}${url.search}`, headers: cookie ? { cookie } : {} });
  const sessionCookie = (res: { cookies: { name: string; value: string }[] }) => res.cookies.find((c) => c.name === 'motcua_session' && c.value);

  it('offers the provider on the login page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/portal/auth/options' });
    expect(res.json()).toEqual({ oidc: true, providerName: 'VNeID', uploadMaxBytes: 20 * 1024 * 1024 });
  });

  it('creates the account from the claims on the first sign-in, and signs the same account in the second time', async () => {
    const first = await throughProvider('nhung', '/account/profile');
    expect(first.authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(first.authorizeUrl.searchParams.get('nonce')).toBeTruthy();
    const res = await callBack(first.callback, first.cookie);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/account/profile');
    const cookie = sessionCookie(res);
    expect(cookie).toBeDefined();

    const profile = await t.app.inject({ method: 'GET', url: '/api/portal/profile', headers: { cookie: `motcua_session=${cookie!.value}` } });
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({
      kind: 'individual', fullName: CITIZEN.name, citizenId: CITIZEN.citizen_id, dateOfBirth: CITIZEN.birthdate,
      email: CITIZEN.email, emailVerified: true, hasPassword: false, linkedProviders: ['VNeID'],
    });

    const second = await throughProvider('nhung');
    const again = await callBack(second.callback, second.cookie);
    expect(again.headers.location).toBe('/');
    const me = await t.app.inject({ method: 'GET', url: '/api/portal/auth/me', headers: { cookie: `motcua_session=${sessionCookie(again)!.value}` } });
    expect(me.json().id).toBe(profile.json().id);
    const identities = await t.ctx.db.selectFrom('applicant_identities').selectAll().where('subject', '=', 'nhung').execute();
    expect(identities).toHaveLength(1);
    const actions = await t.ctx.db.selectFrom('audit_entries').select(['action', 'data']).where('entity_id', '=', me.json().id).orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual(['applicant.registered', 'auth.login', 'auth.login']);
    // The provider said it verified the e-mail: taken as proved, without a code.
    expect(JSON.parse(actions[0]!.data)).toMatchObject({ via: 'oidc', verified: ['email'] });
    expect(t.logs.join('\n')).not.toContain(CITIZEN.citizen_id);
  });

  it('leaves out a citizen ID claim that is not a valid number', async () => {
    const flow = await throughProvider('khong-so');
    const res = await callBack(flow.callback, flow.cookie);
    const profile = await t.app.inject({ method: 'GET', url: '/api/portal/profile', headers: { cookie: `motcua_session=${sessionCookie(res)!.value}` } });
    expect(profile.json()).toMatchObject({ fullName: 'Trần Văn Tư', citizenId: null, email: null });
  });

  it('keeps an e-mail the provider has not verified as unverified, sends no code unasked, and takes the provider’s later word', async () => {
    const first = await throughProvider('chua-xac-minh');
    const cookie = `motcua_session=${sessionCookie(await callBack(first.callback, first.cookie))!.value}`;
    const me = await t.app.inject({ method: 'GET', url: '/api/portal/auth/me', headers: { cookie } });
    const headers = { cookie, 'x-csrf-token': me.json().csrfToken as string };
    const profile = await t.app.inject({ method: 'GET', url: '/api/portal/profile', headers });
    expect(profile.json()).toMatchObject({ email: 'sang.le@example.vn', emailVerified: false });
    const state = await t.app.inject({ method: 'GET', url: '/api/portal/account/verification', headers });
    expect(state.json()).toMatchObject({ channel: 'email', contact: 'sang.le@example.vn', code: null, resendInSeconds: 0 });
    expect(await t.ctx.db.selectFrom('applicant_contact_codes').select('id').where('account_id', '=', me.json().id).execute()).toHaveLength(0);

    // Asked for on the profile page: the code goes out (here only to the log: no SMTP server) and proves the address.
    const asked = await t.app.inject({ method: 'POST', url: '/api/portal/account/verify/resend', headers, payload: {} });
    expect(asked.statusCode, asked.body).toBe(202);
    while ((await t.worker.runOnce()) > 0);
    const line = t.logs.find((l) => l.includes('verification code written to the log'))!;
    expect(JSON.parse(line)).toMatchObject({ channel: 'email' });

    // Before the code is typed, the provider vouches for the address at the next sign-in: that is proof enough.
    UNPROVED.email_verified = true;
    const second = await throughProvider('chua-xac-minh');
    await callBack(second.callback, second.cookie);
    expect((await t.app.inject({ method: 'GET', url: '/api/portal/account/verification', headers })).json()).toMatchObject({ channel: null, emailVerified: true, code: null });
    const actions = await t.ctx.db.selectFrom('audit_entries').select(['action', 'data']).where('entity_id', '=', me.json().id).orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual(['applicant.registered', 'auth.login', 'applicant.contact_code_requested', 'applicant.contact_verified', 'auth.login']);
    expect(JSON.parse(actions[0]!.data)).toMatchObject({ via: 'oidc', verified: [] });
    expect(JSON.parse(actions[3]!.data)).toMatchObject({ channel: 'email', via: 'oidc' });
    UNPROVED.email_verified = false;
  });

  it('refuses a tampered state, a callback from another browser and a replayed callback, without a session', async () => {
    const tampered = await throughProvider('nhung');
    tampered.callback.searchParams.set('state', `${tampered.callback.searchParams.get('state')}x`);
    const res = await callBack(tampered.callback, tampered.cookie);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/account/login?error=oidc');
    expect(sessionCookie(res)).toBeUndefined();

    const elsewhere = await throughProvider('nhung');
    const other = await callBack(elsewhere.callback, 'motcua_oidc=someone-elses-browser');
    expect(other.headers.location).toBe('/account/login?error=oidc');
    expect(sessionCookie(other)).toBeUndefined();

    const good = await throughProvider('nhung');
    expect(sessionCookie(await callBack(good.callback, good.cookie))).toBeDefined();
    const replay = await callBack(good.callback, good.cookie);
    expect(replay.headers.location).toBe('/account/login?error=oidc');
    expect(sessionCookie(replay)).toBeUndefined();
  });

  it('refuses a code swapped in from another sign-in (PKCE and nonce belong to the state)', async () => {
    const mine = await throughProvider('nhung');
    const theirs = await throughProvider('khong-so');
    mine.callback.searchParams.set('code', theirs.callback.searchParams.get('code')!);
    const res = await callBack(mine.callback, mine.cookie);
    expect(res.headers.location).toBe('/account/login?error=oidc');
    expect(sessionCookie(res)).toBeUndefined();
  });

  it('sends the browser back to the sign-in form when the provider cannot be reached', async () => {
    const down = await createTestApp(engine, { OIDC_ISSUER: 'http://127.0.0.1:9', OIDC_CLIENT_ID: CLIENT.clientId, OIDC_CLIENT_SECRET: CLIENT.clientSecret });
    try {
      const res = await down.app.inject({ method: 'GET', url: '/api/portal/auth/oidc/start' });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/account/login?error=oidc');
    } finally {
      await down.close();
    }
  });
});
