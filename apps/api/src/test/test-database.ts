import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Config } from '../config.ts';
import { createDatabase, type Database, type Engine } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL points at a server (CI always sets it). */
export function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestDatabase extends Database {
  config: Config['database'];
  /** Drops the database (PostgreSQL) or deletes its file (SQLite). */
  drop(): Promise<void>;
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function destroyOnce(database: Database): Database {
  let destroyed: Promise<void> | undefined;
  return { ...database, destroy: () => (destroyed ??= database.destroy()) };
}

/** Closed pool connections may take a moment to leave the server; forcing them out would error in their clients. */
async function dropWhenDisconnected(name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await adminQuery(`drop database if exists ${name}`);
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt > 50) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** A fresh, migrated database for one test file. */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'postgres') {
    const name = `motcua_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(`create database ${name}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    const config = { engine: 'postgres', url: url.toString() } as const;
    const database = destroyOnce(createDatabase(config, 5));
    await migrateToLatest(database.db);
    return {
      ...database,
      config,
      drop: async () => {
        await database.destroy();
        await dropWhenDisconnected(name);
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'motcua-test-'));
  const config = { engine: 'sqlite', file: join(dir, 'test.db') } as const;
  const database = destroyOnce(createDatabase(config));
  await migrateToLatest(database.db);
  return {
    ...database,
    config,
    drop: async () => {
      await database.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
