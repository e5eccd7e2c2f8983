import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import {
  decide, dossierAwaitingPayment, dossierRow, gatewayResult, paymentRow, recordPaymentActions, runDueJobs, sendIpn, setVnTime, startPaymentTest, started, txnRefOf, vn,
  type PaymentWorld,
} from './payments.test-support.ts';

describe.each(testEngines())('an abandoned payment order expires on %s', (engine) => {
  let t: TestApp;
  let w: PaymentWorld;

  beforeAll(async () => {
    ({ t, w } = await startPaymentTest(engine, '2026-11-23T09:00'));
  }, 60_000);
  afterAll(() => t.close());
  beforeEach(() => setVnTime(t, '2026-11-24T10:00'));

  const at = (local: string) => setVnTime(t, local);
  const runJobs = () => runDueJobs(t);
  const auditOf = async (paymentId: string) =>
    (await t.ctx.db.selectFrom('audit_entries').select(['action', 'actor_kind', 'data']).where('entity_id', '=', paymentId).orderBy('seq').execute())
      .map((a) => ({ action: a.action, actor: a.actor_kind, data: JSON.parse(a.data) as Record<string, unknown> }));
  const portalView = async (paymentId: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/portal/payments/${paymentId}`, headers: w.owner.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('leaves the order pending through its window and the grace for a late notification, then marks it expired with an audit entry', async () => {
    const id = await dossierAwaitingPayment(t, w);
    const { paymentId, redirectUrl } = await started(t, w.owner, id);
    // The gateway is told the order's window: 15 minutes.
    expect(new URL(redirectUrl).searchParams.get('vnp_ExpireDate')).toBe('20261124101500');

    // The citizen closed the gateway's page. The window closes at 10:15; a late notification may still come until 10:30.
    at('2026-11-24T10:29');
    await runJobs();
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: 'pending', finished_at: null });

    at('2026-11-24T10:30');
    await runJobs();
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: 'expired', finished_at: vn('2026-11-24T10:30'), failure_reason: 'Hết thời hạn chờ thanh toán', paid_at: null });
    expect(await portalView(paymentId)).toMatchObject({ status: 'expired', failureReason: 'Hết thời hạn chờ thanh toán', paidAt: null });
    const audit = await auditOf(paymentId);
    expect(audit.map((a) => [a.action, a.actor])).toEqual([['payment.start', 'applicant'], ['payment.expired', 'system']]);
    expect(audit[1]!.data).toMatchObject({ dossierId: id, amount: 100_000, txnRef: txnRefOf(redirectUrl), windowEndedAt: vn('2026-11-24T10:15') });
    // The dossier still waits for its fee, and the citizen can start afresh.
    expect((await dossierRow(t, id)).status).toBe('financial_obligation_requested');
    const again = await started(t, w.owner, id);
    expect(again.paymentId).not.toBe(paymentId);
    expect(await paymentRow(t, again.paymentId)).toMatchObject({ status: 'pending' });

    // The job ran once: running the worker again changes nothing.
    at('2026-11-24T12:00');
    await runJobs();
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: 'expired', finished_at: vn('2026-11-24T10:30') });
    expect((await auditOf(paymentId)).filter((a) => a.action === 'payment.expired')).toHaveLength(1);
  });

  it('leaves a paid order, a failed one and one the citizen cancelled as they were', async () => {
    const paidDossier = await dossierAwaitingPayment(t, w);
    const paid = await started(t, w.owner, paidDossier);
    await decide(t, paid.redirectUrl, 'pay');
    const failedDossier = await dossierAwaitingPayment(t, w);
    const failed = await started(t, w.owner, failedDossier);
    expect(await sendIpn(t, gatewayResult(t, { txnRef: txnRefOf(failed.redirectUrl), amount: 100_000 }, { vnp_ResponseCode: '51', vnp_TransactionStatus: '02' }))).toMatchObject({ RspCode: '00' });
    const cancelledDossier = await dossierAwaitingPayment(t, w);
    const cancelled = await started(t, w.owner, cancelledDossier);
    await decide(t, cancelled.redirectUrl, 'cancel');

    at('2026-11-24T11:00');
    await runJobs();
    expect(await paymentRow(t, paid.paymentId)).toMatchObject({ status: 'paid', finished_at: vn('2026-11-24T10:00'), recorded_on_dossier_at: vn('2026-11-24T10:00') });
    expect(await paymentRow(t, failed.paymentId)).toMatchObject({ status: 'failed', failure_reason: 'Tài khoản không đủ số dư' });
    expect(await paymentRow(t, cancelled.paymentId)).toMatchObject({ status: 'cancelled', failure_reason: 'Khách hàng hủy giao dịch' });
    for (const p of [paid, failed, cancelled]) expect((await auditOf(p.paymentId)).map((a) => a.action)).not.toContain('payment.expired');
    expect((await dossierRow(t, paidDossier)).status).toBe('in_progress');
    // Their expiry jobs ran and finished without doing anything.
    const jobs = await t.ctx.db.selectFrom('jobs').select(['status', 'payload']).where('kind', '=', 'payments.expire_order').execute();
    for (const p of [paid, failed, cancelled]) expect(jobs.find((j) => j.payload.includes(p.paymentId))).toMatchObject({ status: 'done' });
  });

  it('records a payment the gateway reports collected after the order expired, and resumes the dossier', async () => {
    const id = await dossierAwaitingPayment(t, w);
    const { paymentId, redirectUrl } = await started(t, w.owner, id);
    at('2026-11-24T10:45');
    await runJobs();
    expect(await paymentRow(t, paymentId)).toMatchObject({ status: 'expired' });

    // The bank took the money at 10:14 but its notification only arrives now.
    at('2026-11-24T10:50');
    const ipn = gatewayResult(t, { txnRef: txnRefOf(redirectUrl), amount: 100_000 }, { vnp_TransactionNo: '55500001' });
    expect(await sendIpn(t, ipn)).toEqual({ RspCode: '00', Message: 'Confirm Success' });
    expect(await paymentRow(t, paymentId)).toMatchObject({
      status: 'paid', paid_at: vn('2026-11-24T10:50'), provider_txn_id: '55500001', failure_reason: null, recorded_on_dossier_at: vn('2026-11-24T10:50'), record_problem: null,
    });
    expect((await dossierRow(t, id)).status).toBe('in_progress');
    expect(await recordPaymentActions(t, id)).toHaveLength(1);
    const audit = await auditOf(paymentId);
    expect(audit.map((a) => a.action)).toEqual(['payment.start', 'payment.expired', 'payment.paid']);
    expect(audit[2]!.data).toMatchObject({ collectedAfterStatus: 'expired', providerTxnId: '55500001' });
    expect(await portalView(paymentId)).toMatchObject({ status: 'paid', recordedOnDossier: true });
    // The gateway repeats itself: paid once.
    expect(await sendIpn(t, ipn)).toEqual({ RspCode: '02', Message: 'Order already confirmed' });
    expect(await recordPaymentActions(t, id)).toHaveLength(1);
  });

  it('still counts money collected on an order cancelled because a new one replaced it', async () => {
    const id = await dossierAwaitingPayment(t, w);
    const first = await started(t, w.owner, id);
    // Nearly at the end of its window, the citizen starts again: the first order is cancelled and replaced.
    at('2026-11-24T10:11');
    const second = await started(t, w.owner, id);
    expect(await paymentRow(t, first.paymentId)).toMatchObject({ status: 'cancelled', failure_reason: 'Sắp hết thời hạn chờ thanh toán; giao dịch được thay bằng giao dịch mới' });
    // Its expiry job later finds it cancelled and leaves it so.
    at('2026-11-24T10:35');
    await runJobs();
    expect(await paymentRow(t, first.paymentId)).toMatchObject({ status: 'cancelled' });
    expect(await paymentRow(t, second.paymentId)).toMatchObject({ status: 'pending' });

    expect(await sendIpn(t, gatewayResult(t, { txnRef: txnRefOf(first.redirectUrl), amount: 100_000 }, { vnp_TransactionNo: '55500002' }))).toMatchObject({ RspCode: '00' });
    expect(await paymentRow(t, first.paymentId)).toMatchObject({ status: 'paid', provider_txn_id: '55500002' });
    expect((await dossierRow(t, id)).status).toBe('in_progress');
  });

  it('expires, rather than cancels, an order whose window has closed when the citizen starts again before its job ran', async () => {
    const id = await dossierAwaitingPayment(t, w);
    const first = await started(t, w.owner, id);
    at('2026-11-24T10:20');
    const second = await started(t, w.owner, id);
    expect(second.paymentId).not.toBe(first.paymentId);
    expect(await paymentRow(t, first.paymentId)).toMatchObject({ status: 'expired', finished_at: vn('2026-11-24T10:20'), failure_reason: 'Hết thời hạn chờ thanh toán' });
    expect((await auditOf(first.paymentId)).map((a) => a.action)).toEqual(['payment.start', 'payment.expired']);
    at('2026-11-24T10:31');
    await runJobs();
    expect((await auditOf(first.paymentId)).map((a) => a.action)).toEqual(['payment.start', 'payment.expired']);
    // The new order has its own window: still pending until 10:50.
    expect(await paymentRow(t, second.paymentId)).toMatchObject({ status: 'pending' });
    at('2026-11-24T10:50');
    await runJobs();
    expect(await paymentRow(t, second.paymentId)).toMatchObject({ status: 'expired' });
  });
});
