/**
 * kill -9 in the middle of a keyed request, on the real server in a child process: after a restart the client's retry
 * with the same Idempotency-Key completes (the first answer replayed, or the request carried out now) and the
 * record exists exactly once. The request is a portal registration: hashing the password (argon2id) before the
 * transaction is a real slow point, and a lock the test holds on the audit chain stops it inside its transaction.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../test/test-database.ts';

const ROOT = resolve(import.meta.dirname, '../../../../..');
const CLIENT = 'crash-test-client-0123456789abcdefghijklmnop';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<unknown>;
}

async function startServer(database: TestDatabase, dir: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const databaseUrl = database.config.engine === 'postgres' ? database.config.url : `file:${database.config.file}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: databaseUrl, DEMO_SEED: 'false',
      WORKER_ENABLED: 'false', LOG_LEVEL: 'warn', LOGIN_RATE_PER_MINUTE: '10000', FILE_STORAGE_DIR: join(dir, 'files'),
      SIGNING_DIR: join(dir, 'signing'), WEB_DIST_DIR: join(dir, 'no-web'),
    },
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise((done) => child.once('exit', done));
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`server exited before listening:\n${output}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { child, url, exited };
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function kill(server: Server): Promise<void> {
  server.child.kill('SIGKILL');
  await server.exited;
}

/** Holds the audit chain's write lock from outside, so the request stops inside its transaction. */
async function holdWriteLock(database: TestDatabase): Promise<() => Promise<void>> {
  if (database.config.engine === 'postgres') {
    const client = new pg.Client({ connectionString: database.config.url });
    await client.connect();
    await client.query('begin');
    await client.query('select * from audit_chain_head for update');
    return async () => {
      await client.query('rollback');
      await client.end();
    };
  }
  const sqlite = new SQLite(database.config.file);
  sqlite.exec('begin immediate');
  return async () => {
    sqlite.exec('rollback');
    sqlite.close();
  };
}

/**
 * The request is inside its transaction once it waits for the lock: observable on PostgreSQL. SQLite's busy wait is
 * not, so there the kill comes a moment later (any moment is a valid one: the assertions hold for all).
 */
async function requestWaitsForLock(database: TestDatabase): Promise<void> {
  if (database.config.engine !== 'postgres') return new Promise((r) => setTimeout(r, 400));
  for (;;) {
    const waiting = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(database.db);
    if (waiting.rows[0]!.n > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** When the kill comes: a delay after sending (wherever the request then is), inside its transaction, or after the answer. */
type Moment = { name: string; afterMs?: number; insideTransaction?: boolean; afterResponse?: boolean };
const moments: Moment[] = [
  { name: 'just after sending', afterMs: 5 },
  { name: 'while the password is hashed', afterMs: 30 },
  { name: 'a little later', afterMs: 70 },
  { name: 'inside the transaction, waiting for the audit chain', insideTransaction: true },
  { name: 'after the response arrived', afterResponse: true },
];

describe.each(testEngines())('a keyed request killed mid-flight on %s', (engine) => {
  let database: TestDatabase;
  let dir: string;
  let server: Server | undefined;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), 'motcua-crash-'));
  });
  afterAll(async () => {
    if (server) await kill(server);
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const register = (url: string, i: number) =>
    fetch(`${url}/api/portal/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `register-${i}`, cookie: `motcua_client=${CLIENT}` },
      body: JSON.stringify({ kind: 'individual', fullName: 'Phạm Văn Khoa', email: `khoa${i}@example.vn`, password: 'Khoa-dang-ky-2026!' }),
    });
  const accounts = (i: number) => database.db.selectFrom('applicant_accounts').select('id').where('email', '=', `khoa${i}@example.vn`).execute();
  const keyRow = (i: number) => database.db.selectFrom('idempotency_keys').select(['state', 'outcome']).where('key', '=', `register-${i}`).executeTakeFirst();

  it('completes the retry after a restart, exactly once, whatever the moment of the kill', async () => {
    server = await startServer(database, dir);
    for (const [i, moment] of moments.entries()) {
      const release = moment.insideTransaction ? await holdWriteLock(database) : undefined;
      const first = register(server.url, i).then(async (r) => ({ status: r.status, body: await r.text() }), () => null);
      if (moment.afterResponse) expect((await first)?.status, moment.name).toBe(202);
      else if (moment.insideTransaction) await requestWaitsForLock(database);
      else await new Promise((r) => setTimeout(r, moment.afterMs));
      await kill(server);
      await release?.();
      const answered = await first;

      server = await startServer(database, dir);
      const retry = await register(server.url, i);
      const created = await accounts(i);
      expect(created, moment.name).toHaveLength(1);
      if (retry.status === 202) {
        // Registration answers the same words whatever happened (it does not say which account): only the count tells.
        expect(await retry.json(), moment.name).toEqual({ message: expect.stringContaining('mã xác nhận') });
        if (answered?.status === 202) expect(JSON.parse(answered.body), moment.name).toEqual(await register(server.url, i).then((r) => r.json()));
      } else {
        // Killed between the commit and storing the response: the key says the registration was made, and which.
        expect(retry.status, moment.name).toBe(409);
        const row = await keyRow(i);
        expect(row?.state, moment.name).toBe('applied');
        expect(JSON.parse(row!.outcome!).records).toContainEqual(expect.objectContaining({ entityType: 'applicant_account', entityId: created[0]!.id }));
      }
      const again = await register(server.url, i);
      if (retry.status === 202) expect([again.status, again.headers.get('idempotent-replayed')], moment.name).toEqual([202, 'true']);
      expect(await accounts(i), moment.name).toHaveLength(1);
    }
    const states = await database.db.selectFrom('idempotency_keys').select('state').execute();
    expect(states.filter((s) => s.state === 'in_progress')).toEqual([]);
  }, 240_000);
});
