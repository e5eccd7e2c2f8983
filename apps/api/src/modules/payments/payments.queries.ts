/** All SQL of the payments module. Dossiers, their obligations and org units are read here, never written. */
import type { Engine } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type PaymentRow = DB['payments'];
export type NotificationRow = DB['payment_notifications'];

// ---------------------------------------------------------------- the dossier being paid (read-only)

export const findDossierToPay = (ex: Executor, id: string) =>
  ex
    .selectFrom('dossiers')
    .select(['id', 'code', 'status', 'row_version', 'applicant_account_id', 'competent_unit_id', 'procedure_name'])
    .where('id', '=', id)
    .executeTakeFirst();

/** Unpaid obligations' amounts (bigint: numbers on both engines). */
export async function openObligationsTotal(ex: Executor, dossierId: string): Promise<number> {
  const rows = await ex.selectFrom('dossier_obligations').select('amount').where('dossier_id', '=', dossierId).where('paid_at', 'is', null).execute();
  return rows.reduce((sum, r) => sum + Number(r.amount), 0);
}

/** Whether the dossier's obligations carry this online receipt: the payment was recorded already. */
export async function obligationsPaidWithReceipt(ex: Executor, dossierId: string, receiptNumber: string): Promise<boolean> {
  const row = await ex
    .selectFrom('dossier_obligations')
    .select('id')
    .where('dossier_id', '=', dossierId)
    .where('receipt_number', '=', receiptNumber)
    .where('payment_method', '=', 'online')
    .executeTakeFirst();
  return row !== undefined;
}

// ---------------------------------------------------------------- payments

export const insertPayment = (ex: Executor, row: PaymentRow) => ex.insertInto('payments').values(row).execute();

export const findPayment = (ex: Executor, id: string) => ex.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirst();

export const findPendingPayment = (ex: Executor, dossierId: string) =>
  ex.selectFrom('payments').selectAll().where('dossier_id', '=', dossierId).where('status', '=', 'pending').executeTakeFirst();

/**
 * A payment by our id or by the reference a gateway message names, locked on PostgreSQL (SQLite runs one write
 * transaction at a time).
 */
export function lockPayment(ex: Executor, engine: Engine, by: { id: string } | { txnRef: string }) {
  const q = ex.selectFrom('payments').selectAll().where('id' in by ? 'id' : 'txn_ref', '=', 'id' in by ? by.id : by.txnRef);
  return engine === 'postgres' ? q.forUpdate().executeTakeFirst() : q.executeTakeFirst();
}

/** Moves a payment on from the status it was read in; false if it had already moved (a concurrent notification won). */
export async function finishPayment(ex: Executor, id: string, from: 'pending' | 'cancelled' | 'expired', patch: Partial<PaymentRow>): Promise<boolean> {
  const r = await ex.updateTable('payments').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function markRecordedOnDossier(ex: Executor, id: string, patch: Pick<PaymentRow, 'recorded_on_dossier_at'> | Pick<PaymentRow, 'record_problem'>): Promise<void> {
  await ex.updateTable('payments').set(patch).where('id', '=', id).where('recorded_on_dossier_at', 'is', null).where('record_problem', 'is', null).execute();
}

export const insertNotification = (ex: Executor, row: NotificationRow) => ex.insertInto('payment_notifications').values(row).execute();

export const listNotifications = (ex: Executor, paymentId: string) =>
  ex.selectFrom('payment_notifications').selectAll().where('payment_id', '=', paymentId).orderBy('received_at').execute();

// ---------------------------------------------------------------- reads

/** One payment with its dossier's code and procedure, by our id or by the gateway's reference to it. */
export const findPaymentWithDossier = (ex: Executor, by: { id: string } | { txnRef: string }) =>
  ex
    .selectFrom('payments')
    .innerJoin('dossiers', 'dossiers.id', 'payments.dossier_id')
    .selectAll('payments')
    .select(['dossiers.code as dossier_code', 'dossiers.procedure_name as procedure_name'])
    .where('id' in by ? 'payments.id' : 'payments.txn_ref', '=', 'id' in by ? by.id : by.txnRef)
    .executeTakeFirst();

/**
 * Payments whose day falls in [fromInstant, toInstant): the day of payment if paid, else the day it started. Scoped
 * to dossiers whose competent agency or receiving desk lies under one of the unit paths.
 */
export function listPaymentsForReconciliation(ex: Executor, f: { paths: string[]; fromInstant: string; toInstant: string }) {
  if (f.paths.length === 0) return Promise.resolve([]);
  return ex
    .selectFrom('payments')
    .innerJoin('dossiers', 'dossiers.id', 'payments.dossier_id')
    .innerJoin('org_units as competent', 'competent.id', 'dossiers.competent_unit_id')
    .innerJoin('org_units as receiving', 'receiving.id', 'dossiers.receiving_unit_id')
    .selectAll('payments')
    .select(['dossiers.code as dossier_code', 'competent.name as competent_unit_name'])
    .where((eb) =>
      eb.or([
        eb.and([eb('payments.status', '=', 'paid'), eb('payments.paid_at', '>=', f.fromInstant), eb('payments.paid_at', '<', f.toInstant)]),
        eb.and([eb('payments.status', '<>', 'paid'), eb('payments.created_at', '>=', f.fromInstant), eb('payments.created_at', '<', f.toInstant)]),
      ]),
    )
    .where((eb) => eb.or(f.paths.flatMap((p) => [eb('competent.path', 'like', `${p}%`), eb('receiving.path', 'like', `${p}%`)])))
    .orderBy('payments.created_at')
    .orderBy('payments.id')
    .execute();
}
