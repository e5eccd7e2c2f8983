import { randomUUID } from 'node:crypto';
import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// A payment order nobody finished (the citizen closed the gateway's page) becomes `expired` once its window and a
// grace period for a late notification have passed, by a job written with the order. Orders already pending when
// this runs get the same job here, due 30 minutes after they started (the 15-minute window and 15 minutes' grace).
const OLD_CHECK = `status in ('pending', 'paid', 'failed', 'cancelled')`;
const NEW_CHECK = `status in ('pending', 'paid', 'failed', 'cancelled', 'expired')`;
const EXPIRE_JOB = 'payments.expire_order';
const EXPIRE_AFTER_MS = 30 * 60_000;

export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql.raw(`alter table payments drop constraint payments_status_check, add constraint payments_status_check check (${NEW_CHECK})`).execute(db);
  } else {
    await replaceSqliteCheck(db, 'payments', OLD_CHECK, NEW_CHECK);
  }
  const pending = await db.selectFrom('payments').select(['id', 'created_at']).where('status', '=', 'pending').execute();
  const now = new Date().toISOString();
  for (const p of pending as { id: string; created_at: string | Date }[]) {
    await db.insertInto('jobs').values({
      id: randomUUID(), kind: EXPIRE_JOB, payload: JSON.stringify({ paymentId: p.id }), status: 'pending', attempts: 0, max_attempts: 8,
      run_at: new Date(new Date(p.created_at).getTime() + EXPIRE_AFTER_MS).toISOString(), locked_by: null, locked_until: null, last_error: null, created_at: now, finished_at: null,
    }).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.updateTable('payments').set({ status: 'cancelled' }).where('status', '=', 'expired').execute();
  await db.deleteFrom('jobs').where('kind', '=', EXPIRE_JOB).where('status', '=', 'pending').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql.raw(`alter table payments drop constraint payments_status_check, add constraint payments_status_check check (${OLD_CHECK})`).execute(db);
  } else {
    await replaceSqliteCheck(db, 'payments', NEW_CHECK, OLD_CHECK);
  }
}

/**
 * SQLite cannot alter a constraint: the table is rebuilt from its own definition with the check replaced (SQLite's
 * documented procedure: foreign keys off, new table, copy, drop, rename, indexes again, foreign key check).
 * Migrations run outside a transaction on SQLite, so the pragma takes effect.
 */
async function replaceSqliteCheck(db: Kysely<any>, table: string, from: string, to: string): Promise<void> {
  const definition = (await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = ${table}`.execute(db)).rows[0]?.sql;
  if (!definition?.includes(from)) throw new Error(`${table}: constraint "${from}" not found in its definition`);
  const indexes = (await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`.execute(db)).rows;
  const rebuilt = definition.replace(from, to).replace(/^create table "?\w+"?/i, `create table "${table}_rebuilt"`);
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await sql.raw(rebuilt).execute(trx);
      await sql.raw(`insert into "${table}_rebuilt" select * from "${table}"`).execute(trx);
      await sql.raw(`drop table "${table}"`).execute(trx);
      await sql.raw(`alter table "${table}_rebuilt" rename to "${table}"`).execute(trx);
      for (const index of indexes) await sql.raw(index.sql).execute(trx);
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0) throw new Error(`${table}: foreign keys broken by the rebuild`);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
