import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { createIdentityProvider } from './oidc/demo-idp.ts';
import { signInAtProvider } from './oidc.test-support.ts';

const CLIENT = { clientId: 'motcua-portal', clientSecret: 'test-client-secret-0123456789', redirectUri: 'http://localhost:3000/api/portal/auth/oidc/callback' };
const CITIZEN = { name: 'Nguyễn Thị Hồng Nhung', birthdate: '1990-05-12', citizen_id: '051190012345', email: 'nhung@vneid.example', email_verified: true };

describe.each(testEngines())('signing in through an OpenID Connect provider on %s', (engine) => {
  let t: TestApp;
  let server: Server;

  beforeAll(async () => {
    let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
    server = createServer((req, res) => handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    handle = createIdentityProvider(issuer, CLIENT, { nhung: CITIZEN, 'khong-so': { name: 'Trần Văn Tư', citizen_id: '12345' } }).callback();
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
    const actions = await t.ctx.db.selectFrom('audit_entries').select('action').where('entity_id', '=', me.json().id).orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual(['applicant.registered', 'auth.login', 'auth.login']);
    expect(t.logs.join('\n')).not.toContain(CITIZEN.citizen_id);
  });

  it('leaves out a citizen ID claim that is not a valid number', async () => {
    const flow = await throughProvider('khong-so');
    const res = await callBack(flow.callback, flow.cookie);
    const profile = await t.app.inject({ method: 'GET', url: '/api/portal/profile', headers: { cookie: `motcua_session=${sessionCookie(res)!.value}` } });
    expect(profile.json()).toMatchObject({ fullName: 'Trần Văn Tư', citizenId: null, email: null });
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
