import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** What a database snapshot says about itself: the contents its stored files cite and its migration level. */
export interface SnapshotFacts {
  citedContent: string[];
  migrations: string[];
}

export async function readSnapshotFacts(db: Kysely<DB>): Promise<SnapshotFacts> {
  const cited = await db.selectFrom('stored_files').select('sha256').distinct().execute();
  const migrations = await (db as Kysely<any>).selectFrom('schema_migrations').select('name').orderBy('name').execute();
  return { citedContent: cited.map((r) => r.sha256), migrations: migrations.map((r) => r.name as string) };
}

/** PostgreSQL: a read-only transaction whose snapshot pg_dump then shares (pg_dump --snapshot). */
export async function beginExportedSnapshot(db: Kysely<DB>): Promise<string> {
  await sql`begin isolation level repeatable read read only`.execute(db);
  const { rows } = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(db);
  return rows[0]!.id;
}

export async function endTransaction(db: Kysely<DB>): Promise<void> {
  await sql`rollback`.execute(db);
}

/** Tables the application could have created: none means the database is an empty restore target. */
export async function countUserTables(db: Kysely<DB>, engine: 'sqlite' | 'postgres'): Promise<number> {
  const { rows } =
    engine === 'sqlite'
      ? await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
      : await sql<{ n: string }>`select count(*) as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`.execute(db);
  return Number(rows[0]!.n);
}
