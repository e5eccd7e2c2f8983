import type { PaymentReturnResult, PaymentView } from '@motcua/shared';
import type { PaymentRow } from './payments.queries.ts';

type WithDossier = PaymentRow & { dossier_code: string; procedure_name: string };

export function presentPayment(row: WithDossier): PaymentView {
  return {
    id: row.id, dossierId: row.dossier_id, dossierCode: row.dossier_code, procedureName: row.procedure_name, amount: Number(row.amount),
    status: row.status, provider: row.provider, txnRef: row.txn_ref, providerTxnId: row.provider_txn_id,
    createdAt: row.created_at, paidAt: row.paid_at, failureReason: row.failure_reason, recordedOnDossier: row.recorded_on_dossier_at !== null,
  };
}

/** The little the return page may show to whoever holds a validly signed return URL. */
export function presentReturned(row: WithDossier): NonNullable<PaymentReturnResult['payment']> {
  return {
    id: row.id, dossierCode: row.dossier_code, amount: Number(row.amount), status: row.status,
    providerTxnId: row.provider_txn_id, paidAt: row.paid_at, failureReason: row.failure_reason,
  };
}
