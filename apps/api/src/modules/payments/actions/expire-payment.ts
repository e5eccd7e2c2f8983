/**
 * An order the citizen abandoned (gateway page closed, never paid nor cancelled) stops being pending once its
 * window and a grace period for a late notification have passed: a durable job written with the order expires it.
 * A notification that comes even later and says the money was collected still counts (handle-notification.ts).
 */
import { withUnitOfWork, type AppContext, type UnitOfWork } from '../../../platform/context.ts';
import { expiryDueAt, windowEndOf } from '../payment-window.ts';
import { findDossierToPay, finishPayment, lockPayment, type PaymentRow } from '../payments.queries.ts';

export const EXPIRE_PAYMENT_JOB = 'payments.expire_order';
export const EXPIRED_REASON = 'Hết thời hạn chờ thanh toán';

/** Writes the order's expiry job in the transaction that creates the order. */
export async function scheduleExpiry(uow: UnitOfWork, payment: Pick<PaymentRow, 'id' | 'created_at'>): Promise<void> {
  await uow.enqueue(EXPIRE_PAYMENT_JOB, { paymentId: payment.id }, { runAt: expiryDueAt(payment.created_at) });
}

/** Marks a pending order expired, with its audit entry; false if it had left `pending` meanwhile. */
export async function markExpired(uow: UnitOfWork, payment: PaymentRow, orgUnitId: string | null, requestId: string): Promise<boolean> {
  if (!(await finishPayment(uow.trx, payment.id, 'pending', { status: 'expired', finished_at: uow.now, failure_reason: EXPIRED_REASON }))) return false;
  await uow.audit({
    actor: { kind: 'system', id: null }, action: 'payment.expired', entityType: 'payment', entityId: payment.id, orgUnitId,
    data: { dossierId: payment.dossier_id, amount: payment.amount, txnRef: payment.txn_ref, windowEndedAt: windowEndOf(payment.created_at) }, requestId,
  });
  return true;
}

/** The job: expires the order if it is still pending; an order paid, failed or cancelled meanwhile is left alone. */
export async function expirePayment(ctx: AppContext, paymentId: string, requestId: string): Promise<boolean> {
  return withUnitOfWork(ctx, async (uow) => {
    const payment = await lockPayment(uow.trx, ctx.engine, { id: paymentId });
    if (!payment || payment.status !== 'pending') return false;
    const dossier = await findDossierToPay(uow.trx, payment.dossier_id);
    return markExpired(uow, payment, dossier?.competent_unit_id ?? null, requestId);
  });
}
