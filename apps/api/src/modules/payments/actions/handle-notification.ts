import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { newId, sha256Hex } from '../../../platform/ids.ts';
import { finishPayment, insertNotification, lockPayment, type PaymentRow } from '../payments.queries.ts';
import type { NotificationAnswer, PaymentProvider } from '../provider.ts';
import { RECORD_PAYMENT_JOB, recordPaymentOnDossier } from './record-on-dossier.ts';

type Outcome = 'paid' | 'failed' | 'cancelled' | 'already_confirmed' | 'amount_mismatch' | 'not_found' | 'bad_signature' | 'malformed';

/** The received parameters in canonical order, hashed: duplicates show up without keeping the message. */
const paramsHash = (payload: Record<string, string>) => sha256Hex(JSON.stringify(Object.keys(payload).sort().map((k) => [k, payload[k]])));

export interface NotificationHandled {
  answer: NotificationAnswer;
  /** What the gateway expects back (e.g. VNPay's `{ RspCode, Message }`). */
  acknowledgement: { code: string; body: Record<string, string> };
}

/**
 * A gateway's server-to-server notification (IPN). Checked in the gateway's order: signature, order known, amount,
 * not yet confirmed; then the payment is settled and the notification logged in one transaction. A duplicate
 * changes nothing and is answered "already confirmed". A payment that becomes paid is then recorded on the
 * dossier (right away, and by an outbox job should that fail).
 */
export async function handlePaymentNotification(
  ctx: AppContext, provider: PaymentProvider, payload: Record<string, string>, requestId: string, log: (msg: string, extra: object) => void = () => {},
): Promise<NotificationHandled> {
  const result = provider.verifyNotification(payload);
  const { answer, paidId } = await withUnitOfWork(ctx, async (uow) => {
    const ex = uow.trx;
    const logged = async (payment: PaymentRow | undefined, outcome: Outcome, answer: NotificationAnswer) => {
      await insertNotification(ex, {
        id: newId(), provider: provider.code, payment_id: payment?.id ?? null, txn_ref: result.txnRef?.slice(0, 100) ?? null, params_hash: paramsHash(payload),
        signature_valid: result.ok || result.problem !== 'bad_signature' ? 1 : 0, outcome, response_code: provider.acknowledge(answer).code, received_at: uow.now,
      });
      return { answer, paidId: outcome === 'paid' ? payment?.id : undefined };
    };
    // A refused message is only logged: it names nothing we may trust, not even the payment.
    if (!result.ok) return logged(undefined, result.problem, result.problem);
    const payment = await lockPayment(ex, ctx.engine, { txnRef: result.txnRef });
    if (!payment || payment.provider !== provider.code) return logged(undefined, 'not_found', 'not_found');
    if (payment.amount !== result.amount) return logged(payment, 'amount_mismatch', 'amount_mismatch');
    // An order we gave up on (replaced, or expired after its window) that the gateway did collect: the money was taken, so it counts.
    const givenUp = (payment.status === 'cancelled' || payment.status === 'expired') && payment.provider_response_code === null;
    const collectedAfterAll = givenUp && result.outcome === 'paid';
    if (payment.status !== 'pending' && !collectedAfterAll) return logged(payment, 'already_confirmed', 'already_confirmed');

    const patch: Partial<PaymentRow> = result.outcome === 'paid'
      ? { status: 'paid', paid_at: uow.now, finished_at: uow.now, provider_txn_id: result.providerTxnId, provider_response_code: result.responseCode, failure_reason: null }
      : { status: result.outcome, finished_at: uow.now, provider_txn_id: result.providerTxnId, provider_response_code: result.responseCode, failure_reason: result.reason };
    if (!(await finishPayment(ex, payment.id, collectedAfterAll ? (payment.status as 'cancelled' | 'expired') : 'pending', patch))) return logged(payment, 'already_confirmed', 'already_confirmed');
    await uow.audit({
      actor: { kind: 'system', id: null }, action: `payment.${result.outcome}`, entityType: 'payment', entityId: payment.id,
      data: { dossierId: payment.dossier_id, amount: payment.amount, txnRef: payment.txn_ref, providerTxnId: result.providerTxnId, responseCode: result.responseCode,
        ...(collectedAfterAll ? { collectedAfterStatus: payment.status } : {}) }, requestId,
    });
    if (result.outcome === 'paid') await uow.enqueue(RECORD_PAYMENT_JOB, { paymentId: payment.id });
    return logged(payment, result.outcome, 'confirmed');
  });
  if (paidId) {
    // The gateway has its answer either way: recording on the dossier is ours to finish, and the job retries it.
    await recordPaymentOnDossier(ctx, paidId, requestId).catch((err: unknown) => log('payment not yet recorded on its dossier; the job retries', { paymentId: paidId, err: String(err) }));
  }
  return { answer, acknowledgement: provider.acknowledge(answer) };
}
