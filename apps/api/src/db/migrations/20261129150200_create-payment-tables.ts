import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// Online payments of a dossier's financial obligations through a payment gateway (VNPay-style redirect and
// server-to-server notification), and every notification the gateway sent us, valid or not.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';

  await db.schema
    .createTable('payments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    // Integer VND: the sum of the dossier's unpaid obligations when the payment started.
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    // Our order reference at the gateway (vnp_TxnRef); the gateway's notifications name the payment by it.
    .addColumn('txn_ref', 'text', (c) => c.notNull())
    .addColumn('order_info', 'text', (c) => c.notNull())
    // The gateway's transaction number (vnp_TransactionNo): the receipt number recorded on the dossier.
    .addColumn('provider_txn_id', 'text')
    .addColumn('provider_response_code', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('applicant_accounts.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('paid_at', ts)
    // When the payment left `pending` (paid, failed or cancelled).
    .addColumn('finished_at', ts)
    .addColumn('failure_reason', 'text')
    // The `record_payment` action on the dossier, done after the payment committed (its own transaction).
    .addColumn('recorded_on_dossier_at', ts)
    // Paid, but the dossier could not take it (it no longer waited for payment, or owes another amount): the desk settles it.
    .addColumn('record_problem', 'text')
    .addUniqueConstraint('payments_txn_ref_key', ['txn_ref'])
    .addCheckConstraint('payments_status_check', sql`status in ('pending', 'paid', 'failed', 'cancelled')`)
    .addCheckConstraint('payments_provider_check', sql`provider in ('sandbox', 'vnpay', 'momo', 'payment_platform')`)
    .addCheckConstraint('payments_amount_check', sql`amount > 0`)
    .addCheckConstraint('payments_paid_check', sql`(status = 'paid') = (paid_at is not null and provider_txn_id is not null)`)
    .addCheckConstraint('payments_finished_check', sql`(status = 'pending') = (finished_at is null)`)
    .addCheckConstraint('payments_record_problem_check', sql`record_problem is null or record_problem in ('dossier_not_waiting', 'amount_differs')`)
    .execute();
  await db.schema.createIndex('payments_dossier_idx').on('payments').columns(['dossier_id', 'created_at']).execute();
  await db.schema.createIndex('payments_created_idx').on('payments').column('created_at').execute();
  await db.schema.createIndex('payments_paid_idx').on('payments').column('paid_at').execute();
  // At most one payment of a dossier is open at the gateway: two at once could both be paid.
  await db.schema.createIndex('payments_one_pending_uq').on('payments').column('dossier_id').unique().where(sql.ref('status'), '=', sql.lit('pending')).execute();

  await db.schema
    .createTable('payment_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider', 'text', (c) => c.notNull())
    // Null when the notification named no payment we know (or its signature was wrong).
    .addColumn('payment_id', 'text', (c) => c.references('payments.id'))
    .addColumn('txn_ref', 'text')
    // SHA-256 of the received parameters in canonical order: duplicates are recognisable without storing them.
    .addColumn('params_hash', 'text', (c) => c.notNull())
    .addColumn('signature_valid', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    // What we answered the gateway (VNPay RspCode).
    .addColumn('response_code', 'text', (c) => c.notNull())
    .addColumn('received_at', ts, (c) => c.notNull())
    .addCheckConstraint('payment_notifications_signature_valid_check', sql`signature_valid in (0, 1)`)
    .addCheckConstraint(
      'payment_notifications_outcome_check',
      sql`outcome in ('paid', 'failed', 'cancelled', 'already_confirmed', 'amount_mismatch', 'not_found', 'bad_signature', 'malformed')`,
    )
    .execute();
  await db.schema.createIndex('payment_notifications_payment_idx').on('payment_notifications').columns(['payment_id', 'received_at']).execute();
  await db.schema.createIndex('payment_notifications_received_idx').on('payment_notifications').column('received_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('payment_notifications').execute();
  await db.schema.dropTable('payments').execute();
}
