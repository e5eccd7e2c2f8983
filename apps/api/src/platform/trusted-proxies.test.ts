import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, testConfig } from '../config.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

// Rate limits live in memory: no database is involved beyond starting the app.
describe('the address rate limits count against', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const health = (forwardedFor: string) => t!.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-for': forwardedFor } });

  it('ignores X-Forwarded-For by default, so a client cannot pick a fresh address per request', async () => {
    t = await createTestApp('sqlite', { PUBLIC_RATE_PER_MINUTE: '3' });
    const statuses = [];
    for (let i = 1; i <= 5; i++) statuses.push((await health(`203.0.113.${i}`)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await health('203.0.113.99');
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json().code).toBe('RATE_LIMITED');
  });

  it('believes X-Forwarded-For from a trusted proxy, counting each client behind it apart', async () => {
    // app.inject connects from 127.0.0.1, playing the reverse proxy.
    t = await createTestApp('sqlite', { PUBLIC_RATE_PER_MINUTE: '3', TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1' });
    const first = [];
    for (let i = 0; i < 4; i++) first.push((await health('198.51.100.7')).statusCode);
    expect(first).toEqual([200, 200, 200, 429]);
    expect((await health('198.51.100.8')).statusCode).toBe(200);
    // A client's own forged entry stands left of the address the proxy saw: the proxy's view counts.
    expect((await health('203.0.113.1, 198.51.100.7')).statusCode).toBe(429);
  });

  it('refuses a TRUSTED_PROXIES entry that is not an address or CIDR block', () => {
    expect(testConfig({ TRUSTED_PROXIES: '127.0.0.1,10.0.0.0/8,::1,loopback' }).trustedProxies).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'loopback']);
    expect(testConfig().trustedProxies).toEqual([]);
    for (const bad of ['*', 'true', '10.0.0.0/33', 'proxy.local']) {
      expect(() => testConfig({ TRUSTED_PROXIES: bad }), bad).toThrow(ConfigError);
    }
  });
});
