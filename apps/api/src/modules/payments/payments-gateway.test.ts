import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { act } from '../dossiers/dossiers.test-support.ts';
import {
  decide, dossierAwaitingPayment, dossierRow, gatewayResult, local, openGateway, paymentRow, recordPaymentActions, runDueJobs, sendIpn, setVnTime, startPaymentTest,
  started, txnRefOf, vn, type PaymentWorld,
} from './payments.test-support.ts';

describe.each(testEngines())('paying a fee through the sandbox gateway on %s', (engine) => {
  let t: TestApp;
  let w: PaymentWorld;

  beforeAll(async () => {
    ({ t, w } = await startPaymentTest(engine, '2026-11-23T09:00'));
  }, 60_000);
  afterAll(() => t.close());
  beforeEach(() => setVnTime(t, '2026-11-24T10:00'));

  const notificationsOf = (paymentId: string) =>
    t.ctx.db.selectFrom('payment_notifications').select(['outcome', 'response_code', 'signature_valid']).where('payment_id', '=', paymentId).orderBy('received_at').execute();
  const returnCheck = async (query: Record<string, string>) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/payments/return?${new URLSearchParams(query)}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('shows the signed order on the gateway page, records the notified payment once on the dossier and answers the return page from what is stored', async () => {
    const id = await dossierAwaitingPayment(t, w, w.owner, 1_234_000);
    const { paymentId, redirectUrl } = await started(t, w.owner, id);
    const order = new URL(redirectUrl);
    expect(`${order.origin}${order.pathname}`).toBe(`${t.ctx.config.publicBaseUrl}/sandbox-gateway/pay`);
    expect(order.searchParams.get('vnp_Amount')).toBe('123400000');
    expect(order.searchParams.get('vnp_ReturnUrl')).toBe(`${t.ctx.config.publicBaseUrl}/payment/return`);
    expect(order.searchParams.get('vnp_CreateDate')).toBe('20261124100000');
    expect(order.searchParams.get('vnp_SecureHash')).toMatch(/^[0-9a-f]{128}$/);

    const page = await openGateway(t, redirectUrl);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const code = (await dossierRow(t, id)).code;
    expect(page.body).toContain('<html lang="vi">');
    expect(page.body).toContain('1.234.000 đ');
    expect(page.body).toContain(`Thanh toan phi, le phi ho so ${code}`);
    expect(page.body).toMatch(/<button[^>]*value="pay">Thanh toán<\/button>/);
    expect(page.body).toMatch(/<button[^>]*value="cancel">Hủy giao dịch<\/button>/);

    const { location, result } = await decide(t, redirectUrl, 'pay');
    expect(location.startsWith(`${t.ctx.config.publicBaseUrl}/payment/return?`)).toBe(true);
    expect(result).toMatchObject({ vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_Amount: '123400000', vnp_TxnRef: order.searchParams.get('vnp_TxnRef') });

    // The notification arrived before the browser came back: paid, and recorded on the dossier, which resumes.
    const payment = await paymentRow(t, paymentId);
    expect(payment).toMatchObject({ status: 'paid', paid_at: vn('2026-11-24T10:00'), provider_txn_id: result.vnp_TransactionNo, recorded_on_dossier_at: vn('2026-11-24T10:00'), record_problem: null });
    expect((await dossierRow(t, id)).status).toBe('in_progress');
    const obligations = await t.ctx.db.selectFrom('dossier_obligations').selectAll().where('dossier_id', '=', id).execute();
    expect(obligations).toEqual([expect.objectContaining({ paid_at: vn('2026-11-24T10:00'), receipt_number: result.vnp_TransactionNo, payment_method: 'online', recorded_by: null })]);
    const actions = await recordPaymentActions(t, id);
    expect(actions).toHaveLength(1);
    expect(actions[0]!.actor_kind).toBe('system');
    expect(JSON.parse(actions[0]!.data)).toEqual({ receiptNumber: result.vnp_TransactionNo, method: 'online', amount: 1_234_000 });
    expect(await notificationsOf(paymentId)).toEqual([{ outcome: 'paid', response_code: '00', signature_valid: 1 }]);

    expect(await returnCheck(result)).toEqual({
      signatureValid: true,
      payment: { id: paymentId, dossierCode: code, amount: 1_234_000, status: 'paid', providerTxnId: result.vnp_TransactionNo, paidAt: vn('2026-11-24T10:00'), failureReason: null },
    });
    const mine = await t.app.inject({ method: 'GET', url: `/api/portal/payments/${paymentId}`, headers: w.owner.headers });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({ id: paymentId, dossierId: id, dossierCode: code, amount: 1_234_000, status: 'paid', provider: 'sandbox', recordedOnDossier: true });

    // The gateway repeats its notification (as gateways do until acknowledged): acknowledged, nothing paid twice.
    const versionBefore = (await dossierRow(t, id)).row_version;
    expect(await sendIpn(t, result)).toEqual({ RspCode: '02', Message: 'Order already confirmed' });
    expect(await sendIpn(t, result)).toEqual({ RspCode: '02', Message: 'Order already confirmed' });
    expect(await recordPaymentActions(t, id)).toHaveLength(1);
    expect((await dossierRow(t, id)).row_version).toBe(versionBefore);
    expect((await notificationsOf(paymentId)).map((n) => n.outcome)).toEqual(['paid', 'already_confirmed', 'already_confirmed']);
  });

  it('records one payment when the same notification arrives twice at once', async () => {
    const id = await dossierAwaitingPayment(t, w);
    const { paymentId, redirectUrl } = await started(t, w.owner, id);
    const txnRef = txnRefOf(redirectUrl);
    const ipn = gatewayResult(t, { txnRef, amount: 100_000 });
    const answers = await Promise.all([sendIpn(t, ipn), sendIpn(t, ipn), sendIpn(t, ipn)]);
    expect(answers.map((a) => a.RspCode).sort()).toEqual(['00', '02', '02']);
    expect(await recordPaymentActions(t, id)).toHaveLength(1);
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: 'paid', provider_txn_id: '14512345' });
    expect((await dossierRow(t, id)).status).toBe('in_progress');
  });

  it('refuses a tampered order at the gateway, and a tampered or forged notification, paying nothing', async () => {
    const id = await dossierAwaitingPayment(t, w);
    const { paymentId, redirectUrl } = await started(t, w.owner, id);
    const cheaper = new URL(redirectUrl);
    cheaper.searchParams.set('vnp_Amount', '100');
    const refused = await openGateway(t, cheaper.toString());
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Sai chữ ký');
    expect(refused.body).not.toContain('<form');

    const txnRef = txnRefOf(redirectUrl);
    const genuine = gatewayResult(t, { txnRef, amount: 100_000 });
    const tamperedAmount = { ...genuine, vnp_Amount: '100' };
    const tamperedHash = { ...genuine, vnp_SecureHash: `${genuine.vnp_SecureHash!.slice(0, -1)}${genuine.vnp_SecureHash!.endsWith('0') ? '1' : '0'}` };
    const forged = gatewayResult(t, { txnRef, amount: 100_000 }, {}, 'not-the-shared-secret-0000');
    const unsigned = Object.fromEntries(Object.entries(genuine).filter(([k]) => k !== 'vnp_SecureHash'));
    for (const bad of [tamperedAmount, tamperedHash, forged, unsigned]) expect(await sendIpn(t, bad)).toEqual({ RspCode: '97', Message: 'Invalid signature' });

    expect(await paymentRow(t, paymentId)).toMatchObject({ status: 'pending', paid_at: null, provider_txn_id: null });
    expect((await dossierRow(t, id)).status).toBe('financial_obligation_requested');
    expect(await recordPaymentActions(t, id)).toHaveLength(0);
    const logged = await t.ctx.db.selectFrom('payment_notifications').select(['payment_id', 'txn_ref', 'outcome', 'signature_valid', 'response_code']).where('txn_ref', '=', txnRef).execute();
    expect(logged).toHaveLength(4);
    expect(logged.every((n) => n.payment_id === null && n.outcome === 'bad_signature' && n.signature_valid === 0 && n.response_code === '97')).toBe(true);

    // A tampered return URL is not believed either.
    expect(await returnCheck({ ...genuine, vnp_ResponseCode: '24' })).toEqual({ signatureValid: false, payment: null });
  });

  it('answers a signed notification for another amount with 04, and one for an unknown order with 01', async () => {
    const id = await dossierAwaitingPayment(t, w);
    const { paymentId, redirectUrl } = await started(t, w.owner, id);
    const txnRef = txnRefOf(redirectUrl);
    expect(await sendIpn(t, gatewayResult(t, { txnRef, amount: 1_000 }))).toEqual({ RspCode: '04', Message: 'Invalid amount' });
    expect(await sendIpn(t, gatewayResult(t, { txnRef: '261124100000999999', amount: 100_000 }))).toEqual({ RspCode: '01', Message: 'Order not found' });
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: 'pending' });
    expect((await dossierRow(t, id)).status).toBe('financial_obligation_requested');
    expect(await notificationsOf(paymentId)).toEqual([{ outcome: 'amount_mismatch', response_code: '04', signature_valid: 1 }]);
    const unknown = await t.ctx.db.selectFrom('payment_notifications').select(['outcome', 'payment_id']).where('txn_ref', '=', '261124100000999999').execute();
    expect(unknown).toEqual([{ outcome: 'not_found', payment_id: null }]);
  });

  it('keeps the dossier waiting when the citizen cancels at the gateway or the bank declines, and opens a new order next time', async () => {
    const id = await dossierAwaitingPayment(t, w);
    const first = await started(t, w.owner, id);
    const { result } = await decide(t, first.redirectUrl, 'cancel');
    expect(result).toMatchObject({ vnp_ResponseCode: '24', vnp_TransactionNo: '0' });
    expect(await paymentRow(t, first.paymentId)).toMatchObject({ status: 'cancelled', failure_reason: 'Khách hàng hủy giao dịch', finished_at: vn('2026-11-24T10:00'), paid_at: null });
    expect((await dossierRow(t, id)).status).toBe('financial_obligation_requested');
    expect((await returnCheck(result)).payment).toMatchObject({ status: 'cancelled', failureReason: 'Khách hàng hủy giao dịch' });

    const second = await started(t, w.owner, id);
    expect(second.paymentId).not.toBe(first.paymentId);
    const txnRef = txnRefOf(second.redirectUrl);
    expect(await sendIpn(t, gatewayResult(t, { txnRef, amount: 100_000 }, { vnp_ResponseCode: '51', vnp_TransactionStatus: '02' }))).toMatchObject({ RspCode: '00' });
    expect(await paymentRow(t, second.paymentId)).toMatchObject({ status: 'failed', failure_reason: 'Tài khoản không đủ số dư', provider_txn_id: '14512345', paid_at: null });
    expect((await dossierRow(t, id)).status).toBe('financial_obligation_requested');
    expect(await recordPaymentActions(t, id)).toHaveLength(0);
  });

  it('answers the return page with the stored status, not the outcome the return URL claims', async () => {
    const id = await dossierAwaitingPayment(t, w);
    const { paymentId, redirectUrl } = await started(t, w.owner, id);
    const txnRef = txnRefOf(redirectUrl);
    // Genuinely signed "paid", but the gateway's notification never came: still pending.
    expect(await returnCheck(gatewayResult(t, { txnRef, amount: 100_000 }))).toEqual({
      signatureValid: true, payment: expect.objectContaining({ id: paymentId, status: 'pending', providerTxnId: null, paidAt: null }),
    });
    expect((await dossierRow(t, id)).status).toBe('financial_obligation_requested');
  });

  it('counts money collected after the desk took the fee in cash, without paying the dossier twice, and flags it for the desk', async () => {
    const id = await dossierAwaitingPayment(t, w);
    const { paymentId, redirectUrl } = await started(t, w.owner, id);
    const cash = await act(t, w.desk, id, 'record_payment', { payment: { receiptNumber: 'BL-0001', method: 'cash' } });
    expect(cash.statusCode, cash.body).toBe(200);
    const { result } = await decide(t, redirectUrl, 'pay');
    expect(result.vnp_ResponseCode).toBe('00');
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: 'paid', recorded_on_dossier_at: null, record_problem: 'dossier_not_waiting' });
    const actions = await recordPaymentActions(t, id);
    expect(actions.map((a) => a.actor_kind)).toEqual(['officer']);
    const audit = await t.ctx.db.selectFrom('audit_entries').select(['action', 'data']).where('entity_id', '=', paymentId).orderBy('seq').execute();
    expect(audit.map((a) => a.action)).toEqual(['payment.start', 'payment.paid', 'payment.unmatched']);
  });

  it('retries recording on the dossier from the outbox when the immediate attempt could not finish', async () => {
    const id = await dossierAwaitingPayment(t, w);
    const { paymentId, redirectUrl } = await started(t, w.owner, id);
    const txnRef = txnRefOf(redirectUrl);
    // The payment row committed as paid with its outbox job, but the process stopped before recording it.
    await t.ctx.db.updateTable('payments').set({ status: 'paid', paid_at: t.ctx.clock.now().toISOString(), finished_at: t.ctx.clock.now().toISOString(), provider_txn_id: '777' }).where('id', '=', paymentId).execute();
    await t.ctx.db.insertInto('jobs').values({
      id: `job-${paymentId}`, kind: 'payments.record_on_dossier', payload: JSON.stringify({ paymentId }), status: 'pending', attempts: 0, max_attempts: 8,
      run_at: t.ctx.clock.now().toISOString(), locked_by: null, locked_until: null, last_error: null, created_at: t.ctx.clock.now().toISOString(), finished_at: null,
    }).execute();
    expect(await sendIpn(t, gatewayResult(t, { txnRef, amount: 100_000 }, { vnp_TransactionNo: '777' }))).toMatchObject({ RspCode: '02' });
    expect((await dossierRow(t, id)).status).toBe('financial_obligation_requested');
    await runDueJobs(t);
    expect((await dossierRow(t, id)).status).toBe('in_progress');
    expect(await paymentRow(t, paymentId)).toMatchObject({ recorded_on_dossier_at: vn('2026-11-24T10:00') });
    expect(await recordPaymentActions(t, id)).toHaveLength(1);
  });
});
