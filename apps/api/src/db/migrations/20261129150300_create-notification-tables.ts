import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// One row per dossier action and channel: a retried job finds the row and never sends twice. The address or phone
// number is never stored here; it is read from the dossier (or the portal account) when sending.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';
  await db.schema
    .createTable('notification_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('action_seq', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('provider_id', 'text')
    // Why it failed or was skipped, with any address or number masked.
    .addColumn('error', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('sent_at', ts)
    .addUniqueConstraint('notification_deliveries_action_channel_key', ['dossier_id', 'action_seq', 'channel'])
    .addCheckConstraint('notification_deliveries_channel_check', sql`channel in ('email', 'sms', 'zalo')`)
    .addCheckConstraint('notification_deliveries_status_check', sql`status in ('sent', 'failed', 'skipped')`)
    .addCheckConstraint('notification_deliveries_attempts_check', sql`attempts >= 0`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notification_deliveries').execute();
}
