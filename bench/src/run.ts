import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { postgresCommitRate, sqliteCommitRate } from './raw-commits.ts';
import { freshPostgresDatabase } from './bench-databases.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
const root = resolve(import.meta.dirname, '../..');

async function startServer(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/src/bench-server.ts'], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((ok, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /LISTENING (\S+)/.exec(chunk.toString());
      if (m) ok(m[1]!);
    });
    child.on('exit', (code) => fail(new Error(`bench server exited with ${code}`)));
  });
  return { url, child };
}

async function load(opts: autocannon.Options) {
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function measure(engine: string, databaseUrl: string, rawRate: () => Promise<number> | number) {
  const { url, child } = await startServer(databaseUrl);
  try {
    const insert = await load({ url: `${url}/api/bench/items`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ note: 'một dòng' }) });
    const created = await (await fetch(`${url}/api/bench/items`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"note":"đọc"}' })).json() as { id: string };
    const read = await load({ url: `${url}/api/bench/items/${created.id}` });
    return { engine, insert, read, rawCommitsPerSecond: Math.round(await rawRate()) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}


const results = [];
const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
const sqliteFile = join(dir, 'bench.db');
results.push(await measure('SQLite (WAL, synchronous=FULL)', `file:${sqliteFile}`, () => sqliteCommitRate(sqliteFile, SECONDS)));
const pgUrl = await freshPostgresDatabase('motcua_bench');
if (pgUrl) results.push(await measure('PostgreSQL 15 (local)', pgUrl, () => postgresCommitRate(pgUrl, SECONDS, CONNECTIONS)));
rmSync(dir, { recursive: true, force: true });

console.log(`\n${SECONDS}s per measurement, ${CONNECTIONS} connections, server in its own process\n`);
console.log('| engine | POST one-row insert (req/s) | p50 / p99 ms | GET one row (req/s) | p50 / p99 ms | raw commits/s (driver) | errors |');
console.log('|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.engine} | ${r.insert.rps} | ${r.insert.p50} / ${r.insert.p99} | ${r.read.rps} | ${r.read.p50} / ${r.read.p99} | ${r.rawCommitsPerSecond} | ${r.insert.errors + r.read.errors} |`);
}
