import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// An idempotency key is now written inside the business transaction it guards: a visible key means the change
// committed (`applied`), and `done` once its response is stored. `outcome` keeps what the transaction recorded
// (audit entries' entities) so a retry can learn the result even if the response was lost. `in_progress` stays
// valid for keys claimed by older instances during a rolling upgrade; all keys now expire (created_at + TTL).
const OLD_CHECK = `state in ('in_progress', 'done')`;
const NEW_CHECK = `state in ('in_progress', 'applied', 'done')`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('idempotency_keys').addColumn('outcome', 'text').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql.raw(`alter table idempotency_keys drop constraint idempotency_keys_state_check, add constraint idempotency_keys_state_check check (${NEW_CHECK})`).execute(db);
  } else {
    await replaceSqliteCheck(db, 'idempotency_keys', OLD_CHECK, NEW_CHECK);
  }
  await db.schema.createIndex('idempotency_keys_created_at_idx').on('idempotency_keys').column('created_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('idempotency_keys_created_at_idx').execute();
  await db.updateTable('idempotency_keys').set({ state: 'in_progress' }).where('state', '=', 'applied').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql.raw(`alter table idempotency_keys drop constraint idempotency_keys_state_check, add constraint idempotency_keys_state_check check (${OLD_CHECK})`).execute(db);
  } else {
    await replaceSqliteCheck(db, 'idempotency_keys', NEW_CHECK, OLD_CHECK);
  }
  await db.schema.alterTable('idempotency_keys').dropColumn('outcome').execute();
}

/** SQLite cannot alter a constraint: the table is rebuilt from its own definition with the check replaced. */
async function replaceSqliteCheck(db: Kysely<any>, table: string, from: string, to: string): Promise<void> {
  const definition = (await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db)).rows[0]?.sql;
  if (!definition?.includes(from)) throw new Error(`${table}: constraint "${from}" not found in its definition`);
  const indexes = (await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`.execute(db)).rows;
  const rebuilt = definition.replace(from, to).replace(/^create table "?\w+"?/i, `create table "${table}_rebuilt"`);
  await db.transaction().execute(async (trx) => {
    await sql.raw(rebuilt).execute(trx);
    await sql.raw(`insert into "${table}_rebuilt" select * from "${table}"`).execute(trx);
    await sql.raw(`drop table "${table}"`).execute(trx);
    await sql.raw(`alter table "${table}_rebuilt" rename to "${table}"`).execute(trx);
    for (const index of indexes) await sql.raw(index.sql).execute(trx);
  });
}
