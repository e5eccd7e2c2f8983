import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// A notification handed to a logging-only provider (no SMTP server configured, the default SMS channel) reached
// nobody: it is recorded as `logged`, not `sent`. Rows written before this change cannot be told apart (the logging
// provider left 'log' as their provider id): those are corrected here.
const OLD_CHECK = `status in ('sent', 'failed', 'skipped')`;
const NEW_CHECK = `status in ('sent', 'logged', 'failed', 'skipped')`;

export async function up(db: Kysely<any>): Promise<void> {
  await replaceCheck(db, OLD_CHECK, NEW_CHECK);
  await db.updateTable('notification_deliveries').set({ status: 'logged', sent_at: null }).where('status', '=', 'sent').where('provider_id', '=', 'log').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.updateTable('notification_deliveries').set({ status: 'sent', sent_at: sql`updated_at` }).where('status', '=', 'logged').execute();
  await replaceCheck(db, NEW_CHECK, OLD_CHECK);
}

/**
 * PostgreSQL alters the constraint. SQLite cannot: the table is rebuilt from its own definition with the check
 * replaced (nothing references notification_deliveries, so no foreign key needs switching off).
 */
async function replaceCheck(db: Kysely<any>, from: string, to: string): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql.raw(`alter table notification_deliveries drop constraint notification_deliveries_status_check, add constraint notification_deliveries_status_check check (${to})`).execute(db);
    return;
  }
  const definition = (await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = 'notification_deliveries'`.execute(db)).rows[0]?.sql;
  if (!definition?.includes(from)) throw new Error(`notification_deliveries: constraint "${from}" not found in its definition`);
  const indexes = (await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = 'notification_deliveries' and sql is not null`.execute(db)).rows;
  await db.transaction().execute(async (trx) => {
    await sql.raw(definition.replace(from, to).replace(/^create table "?\w+"?/i, 'create table "notification_deliveries_rebuilt"')).execute(trx);
    await sql`insert into notification_deliveries_rebuilt select * from notification_deliveries`.execute(trx);
    await sql`drop table notification_deliveries`.execute(trx);
    await sql`alter table notification_deliveries_rebuilt rename to notification_deliveries`.execute(trx);
    for (const index of indexes) await sql.raw(index.sql).execute(trx);
  });
}
