import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { act } from '../dossiers/dossiers.test-support.ts';
import { dossierAwaitingPayment, openGateway, paymentRow, startPayment, startPaymentTest, started, type PaymentWorld } from './payments.test-support.ts';

describe.each(testEngines())('who may pay and see a payment on %s', (engine) => {
  let t: TestApp;
  let w: PaymentWorld;

  beforeAll(async () => {
    ({ t, w } = await startPaymentTest(engine, '2026-11-23T09:00'));
  }, 60_000);
  afterAll(() => t.close());

  it('lets only the owning account start a payment or read it; to anyone else they do not exist', async () => {
    const id = await dossierAwaitingPayment(t, w);
    const strangerStart = await startPayment(t, w.stranger, id);
    expect(strangerStart.statusCode).toBe(404);
    expect(strangerStart.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.ctx.db.selectFrom('payments').select('id').where('dossier_id', '=', id).execute()).toEqual([]);

    const { paymentId } = await started(t, w.owner, id);
    const strangerRead = await t.app.inject({ method: 'GET', url: `/api/portal/payments/${paymentId}`, headers: w.stranger.headers });
    expect(strangerRead.statusCode).toBe(404);
    expect(strangerRead.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'Không tìm thấy giao dịch thanh toán' });
    expect(strangerRead.body).not.toContain((await t.ctx.db.selectFrom('dossiers').select('code').where('id', '=', id).executeTakeFirstOrThrow()).code);

    // Officers and anonymous visitors have no business on portal routes.
    expect((await t.app.inject({ method: 'GET', url: `/api/portal/payments/${paymentId}`, headers: w.desk.headers })).statusCode).toBe(403);
    expect((await startPayment(t, w.desk, id)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/portal/payments/${paymentId}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: `/api/portal/dossiers/${id}/payments` })).statusCode).toBe(401);
    // A state-changing portal call needs the session's CSRF token.
    expect((await startPayment(t, { headers: { cookie: w.owner.headers.cookie } }, id)).statusCode).toBe(403);
  });

  it('refuses to start when the dossier is not waiting for a payment, or owes nothing', async () => {
    const id = await dossierAwaitingPayment(t, w);
    const paid = await act(t, w.desk, id, 'record_payment', { payment: { receiptNumber: 'BL-7', method: 'cash' } });
    expect(paid.statusCode, paid.body).toBe(200);
    const refused = await startPayment(t, w.owner, id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'ACTION_NOT_ALLOWED', detail: 'Hồ sơ hiện không có yêu cầu thực hiện nghĩa vụ tài chính.', dossierStatus: 'in_progress' });

    const free = await dossierAwaitingPayment(t, w, w.owner, 0);
    const nothing = await startPayment(t, w.owner, free);
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json()).toMatchObject({ code: 'CONFLICT', detail: 'Hồ sơ không còn khoản phí, lệ phí nào phải nộp.' });
  });

  it('offers the open order again instead of opening a second one, until its time is nearly up', async () => {
    const id = await dossierAwaitingPayment(t, w);
    const first = await started(t, w.owner, id);
    const again = await started(t, w.owner, id);
    expect(again.paymentId).toBe(first.paymentId);
    expect(new URL(again.redirectUrl).searchParams.get('vnp_TxnRef')).toBe(new URL(first.redirectUrl).searchParams.get('vnp_TxnRef'));

    t.clock.advance(11 * 60_000);
    const later = await started(t, w.owner, id);
    expect(later.paymentId).not.toBe(first.paymentId);
    expect(await paymentRow(t, first.paymentId)).toMatchObject({ status: 'cancelled', failure_reason: 'Sắp hết thời hạn chờ thanh toán; giao dịch được thay bằng giao dịch mới' });
    // The old order's window has not closed at the gateway yet, but ours is the new one.
    expect((await openGateway(t, later.redirectUrl)).statusCode).toBe(200);
    t.clock.advance(16 * 60_000);
    const expired = await openGateway(t, later.redirectUrl);
    expect(expired.statusCode).toBe(400);
    expect(expired.body).toContain('quá thời gian chờ thanh toán');
  });

  it('keeps the sandbox gateway out of production', async () => {
    const prod = await createTestApp(engine, { NODE_ENV: 'production', SIGNING_P12_PASSWORD: 'a-province-own-pkcs12-password', PAYMENT_SANDBOX_SECRET: 'a-province-own-payment-secret-0987654321', INBOUND_CLIENTS: 'dvcqg:0123456789abcdef0123456789abcdef-own' });
    try {
      expect((await prod.app.inject({ method: 'GET', url: '/sandbox-gateway/pay?vnp_TmnCode=MOTCUA01' })).statusCode).toBe(404);
      const ipn = await prod.app.inject({ method: 'POST', url: '/api/payments/sandbox/ipn', payload: { vnp_TxnRef: 'x' } });
      expect(ipn.statusCode).toBe(409);
    } finally {
      await prod.close();
    }
  });
});
