import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { testEngines } from '../../../test/test-database.ts';
import { signInbound } from './inbound-signature.ts';
import { inboundBody, onlineWorld, pushInbound, SENDER, SENDER_SECRET, signedHeaders, vn } from './online.test-support.ts';

const SIXTY_MIB = 60 * 1024 * 1024;

/**
 * Sends only the head of a POST announcing a 60 MiB body over a real connection and collects what the server
 * answers until it closes the connection. No byte of the body is ever sent: an answer proves the server decided
 * from the headers alone.
 */
function headOnly(port: number, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    const lines = Object.entries({ host: 'localhost', 'content-type': 'application/json', 'content-length': String(SIXTY_MIB), ...headers }).map(([k, v]) => `${k}: ${v}`);
    socket.write(`POST /api/inbound/dossiers HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`);
  });
}

describe.each(testEngines())('inbound pushes: authenticated before their body is read, and capped, on %s', (engine) => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp(engine, { INBOUND_CLIENTS: `${SENDER}:${SENDER_SECRET}`, INBOUND_MAX_BODY_MB: '1', SESSION_IDLE_MINUTES: '1000000', SESSION_ABSOLUTE_HOURS: '100000' });
    t.clock.set(vn('2026-11-23T09:00'));
    await onlineWorld(t);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  }, 60_000);
  afterAll(() => t.close());

  it('refuses an unsigned, unknown, stale or malformed request with 401 before a byte of its 60 MiB body is sent, and hangs up', async () => {
    const now = t.clock.now().toISOString();
    const wellFormed = signInbound(SENDER_SECRET, now, 'not the body');
    const cases: Record<string, string>[] = [
      {},
      { 'x-motcua-sender': 'stranger', 'x-motcua-timestamp': now, 'x-motcua-signature': signInbound('guess', now, '') },
      { 'x-motcua-sender': SENDER, 'x-motcua-timestamp': vn('2026-11-23T08:50'), 'x-motcua-signature': wellFormed },
      { 'x-motcua-sender': SENDER, 'x-motcua-timestamp': now, 'x-motcua-signature': 'sha256=not-hex' },
    ];
    for (const headers of cases) {
      const answer = await headOnly(port, headers);
      expect(answer).toMatch(/^HTTP\/1\.1 401 /);
      expect(answer).toMatch(/\r\ncontent-type: application\/problem\+json/i);
      expect(answer).toMatch(/\r\nconnection: close\r\n/i);
      expect(answer).toContain('"code":"UNAUTHENTICATED"');
    }
  }, 30_000);

  it('answers 413 problem+json to a correctly signed body over INBOUND_MAX_BODY_MB, and 401 to a well-formed wrong signature', async () => {
    const padding = 'x'.repeat(1024 * 1024 + 1);
    const res = await pushInbound(t, inboundBody({ requestSummary: padding }));
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 413, code: 'FILE_TOO_LARGE' });

    const raw = JSON.stringify(inboundBody());
    const forged = await t.app.inject({
      method: 'POST', url: '/api/inbound/dossiers', payload: raw,
      headers: { ...signedHeaders(raw, t.clock.now()), 'x-motcua-signature': signInbound('not-the-secret', t.clock.now().toISOString(), raw) },
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('still registers a correctly signed push under the cap', async () => {
    const res = await pushInbound(t, inboundBody());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'newly_registered' });
  });
});
