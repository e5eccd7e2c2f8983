import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { DEMO_IDP_ACCOUNTS } from './demo-idp.routes.ts';
import { cookieHeader, keepCookies, signInAtProvider } from './oidc.test-support.ts';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.each(testEngines())('the demo identity provider (DEMO_IDP) on %s', (engine) => {
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    t = await createTestApp(engine, { DEMO_IDP: 'true', PUBLIC_BASE_URL: base });
    await t.app.listen({ host: '127.0.0.1', port });
  });
  afterAll(() => t?.close());

  it('signs a citizen in to the portal over real HTTP with "VNeID (mô phỏng)" served by the app itself', async () => {
    const options = await (await fetch(`${base}/api/portal/auth/options`)).json();
    expect(options).toMatchObject({ oidc: true, providerName: 'VNeID (mô phỏng)' });

    const jar = new Map<string, string>();
    const start = await fetch(`${base}/api/portal/auth/oidc/start`, { redirect: 'manual' });
    keepCookies(jar, start.headers.getSetCookie());
    expect(start.headers.get('location')).toMatch(new RegExp(`^${base}/demo-idp/auth\\?`));
    const callback = await signInAtProvider(start.headers.get('location')!, 'congdan', `${base}/api/portal/auth/oidc/callback`, new Map());
    const done = await fetch(callback, { redirect: 'manual', headers: { cookie: cookieHeader(jar) } });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/');
    keepCookies(jar, done.headers.getSetCookie());

    const profile = await (await fetch(`${base}/api/portal/profile`, { headers: { cookie: cookieHeader(jar) } })).json();
    expect(profile).toMatchObject({ fullName: DEMO_IDP_ACCOUNTS.congdan.name, citizenId: DEMO_IDP_ACCOUNTS.congdan.citizen_id, linkedProviders: ['VNeID (mô phỏng)'] });
  });
});
