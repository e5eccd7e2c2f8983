import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/schema.ts';
import { BackupError } from './backup-error.ts';
import { beginExportedSnapshot, countUserTables, endTransaction, readSnapshotFacts, type SnapshotFacts } from './backup.queries.ts';
import { libpqEnv, restoreThroughPsql, runTool } from './postgres-tools.ts';

type DatabaseConfig = Config['database'];

/**
 * SQLite's online backup copies the pages of one read transaction. A write by another connection between steps
 * restarts the copy, so under steady load a stepwise copy may never finish: all pages go in one step (WAL readers
 * do not block writers, so the application keeps writing meanwhile).
 */
const ALL_PAGES = 0x7fffffff;

export const dumpFileName = (engine: DatabaseConfig['engine']) => (engine === 'sqlite' ? 'database.sqlite' : 'database.pgdump');

async function snapshotSqlite(file: string, target: string): Promise<SnapshotFacts> {
  if (!existsSync(file)) throw new BackupError(`Không có cơ sở dữ liệu SQLite tại ${file}.`, `There is no SQLite database at ${file}.`);
  const source = new SQLite(file, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(target, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const snapshot = new SQLite(target);
  // One self-contained file: no -wal beside it to lose on the way to the backup shelf.
  snapshot.pragma('journal_mode = DELETE');
  const check = snapshot.pragma('quick_check', { simple: true });
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: snapshot }) });
  try {
    if (check !== 'ok') throw new BackupError(`Bản chụp cơ sở dữ liệu không toàn vẹn: ${String(check)}`, `The database snapshot fails its integrity check: ${String(check)}`);
    return await readSnapshotFacts(db);
  } finally {
    await db.destroy();
  }
}

/** pg_dump shares the snapshot of our transaction, so the facts read here describe exactly the dump. */
async function snapshotPostgres(url: string, target: string): Promise<SnapshotFacts> {
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });
  try {
    return await db.connection().execute(async (conn) => {
      const snapshotId = await beginExportedSnapshot(conn);
      try {
        const facts = await readSnapshotFacts(conn);
        await runTool({ command: 'pg_dump', args: ['--format=custom', '--no-password', `--snapshot=${snapshotId}`, `--file=${target}`], env: libpqEnv(url) });
        return facts;
      } finally {
        await endTransaction(conn);
      }
    });
  } finally {
    await db.destroy();
  }
}

/** A consistent copy of the database while the application keeps writing, and what that copy cites. */
export function snapshotDatabase(config: DatabaseConfig, target: string): Promise<SnapshotFacts> {
  return config.engine === 'sqlite' ? snapshotSqlite(config.file, target) : snapshotPostgres(config.url, target);
}

export async function isEmptyDatabase(config: DatabaseConfig): Promise<boolean> {
  if (config.engine === 'sqlite') {
    if (!existsSync(config.file)) return true;
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: new SQLite(config.file, { fileMustExist: true }) }) });
    try {
      return (await countUserTables(db, 'sqlite')) === 0;
    } finally {
      await db.destroy();
    }
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.url, max: 1 }) }) });
  try {
    return (await countUserTables(db, 'postgres')) === 0;
  } finally {
    await db.destroy();
  }
}

/**
 * Loads a snapshot into the configured database. PostgreSQL: one transaction, so a failure leaves the target as it
 * was; with `replace` the old schema is dropped inside that same transaction.
 */
export async function loadSnapshot(config: DatabaseConfig, dumpPath: string, replace: boolean): Promise<void> {
  if (config.engine === 'sqlite') {
    await mkdir(dirname(config.file), { recursive: true });
    const snapshot = new SQLite(dumpPath, { readonly: true, fileMustExist: true });
    try {
      await snapshot.backup(config.file, { progress: () => ALL_PAGES });
    } finally {
      snapshot.close();
    }
    return;
  }
  await restoreThroughPsql(dumpPath, libpqEnv(config.url), replace ? 'drop schema public cascade;\ncreate schema public;\n' : '');
}
