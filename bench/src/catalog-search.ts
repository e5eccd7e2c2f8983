/**
 * Public catalog search under load: 10,000 procedures, a fixed 500 requests per second (autocannon
 * `overallRate`), a mix of real queries (with and without diacritics, typed prefixes, codes, filters).
 * Prints p50 / p99 per engine.   node --import tsx bench/src/catalog-search.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { buildApp } from '../../apps/api/src/app.ts';
import { loadConfig, type Config } from '../../apps/api/src/config.ts';
import { createDatabase } from '../../apps/api/src/db/database.ts';
import { migrateToLatest } from '../../apps/api/src/db/migrate.ts';
import type { UnitOfWork } from '../../apps/api/src/platform/context.ts';
import { appendAudit } from '../../apps/api/src/platform/audit/audit.ts';
import { enqueueJob } from '../../apps/api/src/platform/jobs/jobs.ts';
import { importBatch } from '../../apps/api/src/modules/catalog/import/import-records.ts';
import type { ProcedureRecord } from '../../apps/api/src/modules/catalog/procedure-record.ts';
import { foldVietnamese } from '@motcua/shared';
import { freshPostgresDatabase } from './bench-databases.ts';

const PROCEDURES = Number(process.env.BENCH_PROCEDURES ?? 10_000);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
/** autocannon spends each connection's per-second quota in a burst: few connections keep the bursts small. */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const root = resolve(import.meta.dirname, '../..');

/** Real provincial and commune records as the base of generated ones: real names, sectors, variants. */
const base = (JSON.parse(readFileSync(join(root, 'apps/api/src/seed/catalog-demo-procedures.json'), 'utf8')) as { record: ProcedureRecord; decisionNumber: string }[]).map((d) => d.record);
const qualifiers = ['', 'lần đầu', 'cấp lại', 'điều chỉnh', 'gia hạn', 'cho tổ chức', 'cho cá nhân', 'có yếu tố nước ngoài', 'tại cấp xã', 'trên môi trường điện tử', 'đối với hộ kinh doanh', 'trong khu công nghiệp'];

function generated(i: number): ProcedureRecord {
  const r = base[i % base.length]!;
  const qualifier = i < base.length ? '' : qualifiers[(i * 7) % qualifiers.length];
  return { ...r, code: i < base.length ? r.code : `9.${String(i).padStart(6, '0')}`, name: qualifier ? `${r.name} ${qualifier} (${Math.floor(i / base.length)})` : r.name };
}

async function seed(config: Config['database']): Promise<void> {
  const database = createDatabase(config);
  await migrateToLatest(database.db);
  const now = new Date().toISOString();
  const started = performance.now();
  for (let i = 0; i < PROCEDURES; i += 500) {
    const items = Array.from({ length: Math.min(500, PROCEDURES - i) }, (_, k) => ({ record: generated(i + k), issues: [], decisionNumber: 'BENCH/QĐ' }));
    await database.db.transaction().execute((trx) => {
      const uow: UnitOfWork = { trx, now, audit: (a) => appendAudit(trx, database.engine, now, a), enqueue: (k, p, o) => enqueueJob(trx, now, k, p, o) };
      return importBatch(uow, items, { publish: true, source: 'import', actor: { kind: 'system', id: null } });
    });
  }
  // The portal searches the province's own catalog: the bench decision is the province's, so every record is adopted.
  await database.db.updateTable('publication_decisions').set({ issuer_level: 'province' }).where('number', '=', 'BENCH/QĐ').execute();
  console.log(`  ${database.engine}: ${PROCEDURES} thủ tục nạp trong ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await database.destroy();
}

/** A deterministic pseudo-random sequence (mulberry32), so every run sends the same queries. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * 2,000 distinct requests shaped like portal traffic: the first words of real procedure names (with and
 * without diacritics, the last word often half typed), codes, filters, and lists by sector or level.
 */
function queryMix(): string[] {
  const rnd = prng(42);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const filters = ['level=commune', 'level=province', 'sector=ho-tich', 'sector=dat-dai', 'subject=business', 'subject=citizen', 'onlineLevel=partial'];
  const out = new Set<string>();
  for (let attempt = 0; out.size < 2000 && attempt < 100_000; attempt++) {
    const r = pick(base);
    const words = r.name.replace(/^Thủ tục /, '').split(/\s+/).slice(0, 2 + Math.floor(rnd() * 3));
    const roll = rnd();
    let q = (rnd() < 0.5 ? foldVietnamese(words.join(' ')) : words.join(' ')).toLowerCase();
    if (roll < 0.25) q = q.slice(0, Math.max(3, q.length - 1 - Math.floor(rnd() * 3)));
    if (roll > 0.9) q = rnd() < 0.5 ? r.code : `9.${String(Math.floor(rnd() * PROCEDURES)).padStart(6, '0')}`;
    const params = new URLSearchParams();
    if (roll < 0.85 || roll > 0.9) params.set('q', q);
    if (roll > 0.7 && roll <= 0.9) for (const f of [pick(filters)]) params.set(f.split('=')[0]!, f.split('=')[1]!);
    if (roll > 0.85 && roll <= 0.9) params.set('page', String(1 + Math.floor(rnd() * 3)));
    out.add(params.toString());
  }
  return [...out];
}
const queries = queryMix();

/**
 * This file run with CATALOG_BENCH_SERVER=1 is the server: the API as production builds it, plus a hook
 * timing each request inside the server (what the machine's other load cannot inflate as much).
 */
async function serve(): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', DEMO_SEED: 'false', WORKER_ENABLED: 'false', HOST: '127.0.0.1', PORT: '0' });
  const database = createDatabase(config.database, 20);
  await migrateToLatest(database.db);
  const { app } = await buildApp({ config, database });
  let times: number[] = [];
  app.addHook('onResponse', async (_request, reply) => void times.push(reply.elapsedTime));
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  process.on('SIGUSR2', () => void (times = []));
  process.on('message', (m) => {
    if (m !== 'report') return;
    const sorted = times.sort((a, b) => a - b);
    process.send!({ p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN });
    times = [];
  });
  process.stdout.write(`LISTENING ${url}\n`);
  process.on('SIGTERM', async () => {
    await app.close();
    await database.destroy();
    process.exit(0);
  });
}

function serverTimes(child: ChildProcess): Promise<{ p50: number; p99: number; max: number }> {
  return new Promise((ok) => {
    child.once('message', (m) => ok(m as { p50: number; p99: number; max: number }));
    child.send('report');
  });
}

async function startServer(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/src/catalog-search.ts'], {
    cwd: root, env: { ...process.env, CATALOG_BENCH_SERVER: '1', DATABASE_URL: databaseUrl, PUBLIC_RATE_PER_MINUTE: '10000000', WEB_DIST_DIR: join(root, 'bench/no-web') },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((ok, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /LISTENING (\S+)/.exec(chunk.toString());
      if (m) ok(m[1]!);
    });
    child.on('exit', (code) => fail(new Error(`bench server exited with ${code}`)));
  });
  return { url, child };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/**
 * A cross-check without autocannon's per-second bursts: an open loop sending one request every 1/RATE s
 * on keep-alive sockets, latency measured from the scheduled send time (no coordinated omission).
 */
async function paced(url: string): Promise<{ p50: number; p99: number; max: number; sent: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const latencies: number[] = [];
  const total = RATE * SECONDS;
  const start = performance.now() + 10;
  let sent = 0;
  await new Promise<void>((done) => {
    let finished = 0;
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * RATE) / 1000));
      for (; sent < due; sent++) {
        const scheduled = start + (sent * 1000) / RATE;
        http.get(`${url}/api/procedures?${queries[sent % queries.length]}`, { agent }, (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - scheduled);
            if (++finished === total) done();
          });
        });
      }
      if (sent >= total) clearInterval(timer);
    }, 1);
  });
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1)!), sent };
}

async function measure(engine: string, databaseUrl: string, config: Config['database']) {
  await seed(config);
  const { url, child } = await startServer(databaseUrl);
  try {
    let n = 0;
    const requests = [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: `/api/procedures?${queries[n++ % queries.length]}` }) }];
    await autocannon({ url, connections: CONNECTIONS, overallRate: RATE, duration: 3, requests }); // warm-up
    await serverTimes(child);
    const r = await autocannon({ url, connections: CONNECTIONS, overallRate: RATE, duration: SECONDS, requests });
    const server = await serverTimes(child);
    const open = await paced(url);
    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      engine, rps: Math.round(r.requests.average), p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, errors: r.errors + r.non2xx,
      'server p50': round(server.p50), 'server p99': round(server.p99), 'paced p50': open.p50, 'paced p99': open.p99,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}


if (process.env.CATALOG_BENCH_SERVER) {
  await serve();
} else {
console.log(`Tìm kiếm thủ tục: ${PROCEDURES} thủ tục, ${RATE} yêu cầu/giây cố định, ${SECONDS} s, ${queries.length} truy vấn khác nhau, ${CONNECTIONS} kết nối autocannon`);
const results = [];
const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-catalog-'));
try {
  const file = join(dir, 'bench.db');
  results.push(await measure('sqlite', `file:${file}`, { engine: 'sqlite', file }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const pgUrl = await freshPostgresDatabase('motcua_bench_catalog');
if (pgUrl) results.push(await measure('postgres', pgUrl, { engine: 'postgres', url: pgUrl }));
else console.log('  (không có PostgreSQL: bỏ qua)');
console.table(results);
for (const r of results) {
  console.log(`${r.engine}: autocannon p50 ${r.p50} ms, p99 ${r.p99} ms at ${r.rps} req/s (${r.errors} errors); in the server p50 ${r['server p50']} ms, p99 ${r['server p99']} ms; evenly paced p50 ${r['paced p50']} ms, p99 ${r['paced p99']} ms`);
}
}
