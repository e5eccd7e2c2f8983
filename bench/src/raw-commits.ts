import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openSqlite } from '../../apps/api/src/db/database.ts';

/** Single-row insert transactions per second straight through the driver: the ceiling any endpoint can reach. */
export function sqliteCommitRate(file: string, seconds: number): number {
  const db = openSqlite(file);
  const insert = db.prepare('insert into bench_items (id, note, created_at) values (?, ?, ?)');
  const deadline = Date.now() + seconds * 1000;
  let n = 0;
  while (Date.now() < deadline) {
    insert.run(randomUUID(), 'raw', new Date().toISOString());
    n += 1;
  }
  db.close();
  return n / seconds;
}

export async function postgresCommitRate(url: string, seconds: number, connections: number): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const deadline = Date.now() + seconds * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) {
        await pool.query('insert into bench_items (id, note, created_at) values ($1, $2, $3)', [randomUUID(), 'raw', new Date().toISOString()]);
        n += 1;
      }
    }),
  );
  await pool.end();
  return n / seconds;
}
