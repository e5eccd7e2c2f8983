import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { actOnDossier } from '../../dossiers/index.ts';
import { findDossierToPay, findPayment, markRecordedOnDossier, obligationsPaidWithReceipt, openObligationsTotal } from '../payments.queries.ts';

/** The outbox job that records a paid payment on its dossier, should the immediate attempt fail. */
export const RECORD_PAYMENT_JOB = 'payments.record_on_dossier';

/**
 * Records a paid payment against the dossier's obligations through the dossier's own `record_payment` action
 * (as the system; receipt number = the gateway's transaction number; method online), which resumes the clock.
 * Idempotent: run right after the notification and again by the outbox job, it records once. A payment the
 * dossier can no longer take (paid at the desk meanwhile, withdrawn, or owing another amount) is marked for
 * the desk instead.
 */
export async function recordPaymentOnDossier(ctx: AppContext, paymentId: string, requestId: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const payment = await findPayment(ctx.db, paymentId);
    if (!payment || payment.status !== 'paid' || payment.recorded_on_dossier_at !== null || payment.record_problem !== null) return;
    const receiptNumber = payment.provider_txn_id!;
    // Recorded by an earlier run that stopped before marking the payment.
    if (await obligationsPaidWithReceipt(ctx.db, payment.dossier_id, receiptNumber)) {
      await markRecordedOnDossier(ctx.db, payment.id, { recorded_on_dossier_at: ctx.clock.now().toISOString() });
      return;
    }
    const dossier = await findDossierToPay(ctx.db, payment.dossier_id);
    const problem = !dossier || dossier.status !== 'financial_obligation_requested'
      ? 'dossier_not_waiting'
      : (await openObligationsTotal(ctx.db, dossier.id)) !== payment.amount ? 'amount_differs' : null;
    if (problem || !dossier) {
      await withUnitOfWork(ctx, async (uow) => {
        await markRecordedOnDossier(uow.trx, payment.id, { record_problem: problem ?? 'dossier_not_waiting' });
        await uow.audit({
          actor: { kind: 'system', id: null }, action: 'payment.unmatched', entityType: 'payment', entityId: payment.id, orgUnitId: dossier?.competent_unit_id ?? null,
          data: { dossierId: payment.dossier_id, amount: payment.amount, problem, dossierStatus: dossier?.status ?? null }, requestId,
        });
      });
      return;
    }
    try {
      await actOnDossier(ctx, null, dossier.id, 'record_payment', { expectedVersion: dossier.row_version, payment: { receiptNumber, method: 'online' } }, requestId);
    } catch (error) {
      // Someone acted on the dossier in between (or a concurrent run recorded this payment): look again.
      if (error instanceof AppError && (error.code === 'STALE_VERSION' || error.code === 'ACTION_NOT_ALLOWED')) continue;
      throw error;
    }
    await markRecordedOnDossier(ctx.db, payment.id, { recorded_on_dossier_at: ctx.clock.now().toISOString() });
    return;
  }
  throw new Error(`payment ${paymentId}: the dossier kept changing while recording the payment`);
}
