import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';

const fields = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`vnp_Field${i}`, 'x']));

describe.each(testEngines())('payment gateway messages on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('refuses a notification or return with more fields than a gateway sends, before checking any signature', async () => {
    const ipn = await t.app.inject({ method: 'POST', url: '/api/payments/sandbox/ipn', payload: fields(5000) });
    expect(ipn.statusCode).toBe(400);
    expect(ipn.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body', message: 'Tối đa 64 tham số' }] });
    const back = await t.app.inject({ method: 'GET', url: '/api/payments/return', query: fields(65) });
    expect(back.statusCode).toBe(400);
    expect(back.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'querystring', message: 'Tối đa 64 tham số' }] });
  });

  it('still reads a message of ordinary size (and refuses its signature)', async () => {
    const ipn = await t.app.inject({ method: 'POST', url: '/api/payments/sandbox/ipn', payload: fields(64) });
    expect(ipn.statusCode).toBe(200);
    expect(ipn.json().RspCode).toBe('97');
  });
});
