/**
 * Public catalog search under load: 10,000 procedures, a fixed 500 requests per second (autocannon
 * `overallRate`), a mix of real queries (with and without diacritics, typed prefixes, codes, filters).
 * Prints p50 / p99 per engine.   node --import tsx bench/src/catalog-search.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import type { Config } from '../../apps/api/src/config.ts';
import { createDatabase } from '../../apps/api/src/db/database.ts';
import { migrateToLatest } from '../../apps/api/src/db/migrate.ts';
import type { UnitOfWork } from '../../apps/api/src/platform/context.ts';
import { appendAudit } from '../../apps/api/src/platform/audit/audit.ts';
import { enqueueJob } from '../../apps/api/src/platform/jobs/jobs.ts';
import { importBatch } from '../../apps/api/src/modules/catalog/import/import-records.ts';
import type { ProcedureRecord } from '../../apps/api/src/modules/catalog/procedure-record.ts';

const PROCEDURES = Number(process.env.BENCH_PROCEDURES ?? 10_000);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const root = resolve(import.meta.dirname, '../..');

/** Real provincial and commune records as the base of generated ones: real names, sectors, variants. */
const base = (JSON.parse(readFileSync(join(root, 'apps/api/src/db/seed/catalog-demo-procedures.json'), 'utf8')) as { record: ProcedureRecord; decisionNumber: string }[]).map((d) => d.record);
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
  console.log(`  ${database.engine}: ${PROCEDURES} thủ tục nạp trong ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await database.destroy();
}

const queries = [
  'q=dang%20ky%20ket%20hon', `q=${encodeURIComponent('đăng ký khai sinh')}`, 'q=cap%20giay%20phep%20xay%20dung', 'q=chung%20thuc', 'q=dat%20dai',
  'q=dang%20ky%20k', 'q=giay%20phep', 'q=1.000894', 'q=9.001234', `q=${encodeURIComponent('hộ kinh doanh')}`, 'q=ly%20lich%20tu%20phap',
  'level=commune&q=chung%20thuc', 'sector=ho-tich', 'level=province&page=3', 'q=thu%20tuc&pageSize=50', 'onlineLevel=partial&q=cap%20lai',
  'subject=business&q=dang%20ky', 'q=xyz%20khong%20co',
];

async function startServer(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/src/bench-server.ts'], {
    cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl, PUBLIC_RATE_PER_MINUTE: '10000000', WEB_DIST_DIR: join(root, 'bench/no-web') }, stdio: ['ignore', 'pipe', 'inherit'],
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

async function measure(engine: string, databaseUrl: string, config: Config['database']) {
  await seed(config);
  const { url, child } = await startServer(databaseUrl);
  try {
    let n = 0;
    const requests = [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: `/api/procedures?${queries[n++ % queries.length]}` }) }];
    await autocannon({ url, connections: 20, overallRate: RATE, duration: 3, requests }); // warm-up
    const r = await autocannon({ url, connections: 50, overallRate: RATE, duration: SECONDS, requests });
    return { engine, rps: Math.round(r.requests.average), p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, errors: r.errors + r.non2xx, timeouts: r.timeouts };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function postgresDatabase(): Promise<string | undefined> {
  const admin = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: admin });
  try {
    await client.connect();
    await client.query('drop database if exists motcua_bench_catalog');
    await client.query('create database motcua_bench_catalog');
    const url = new URL(admin);
    url.pathname = '/motcua_bench_catalog';
    return url.toString();
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}

console.log(`Tìm kiếm thủ tục: ${PROCEDURES} thủ tục, ${RATE} yêu cầu/giây cố định, ${SECONDS} s, ${queries.length} mẫu truy vấn`);
const results = [];
const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-catalog-'));
try {
  const file = join(dir, 'bench.db');
  results.push(await measure('sqlite', `file:${file}`, { engine: 'sqlite', file }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const pgUrl = await postgresDatabase();
if (pgUrl) results.push(await measure('postgres', pgUrl, { engine: 'postgres', url: pgUrl }));
else console.log('  (không có PostgreSQL: bỏ qua)');
console.table(results);
for (const r of results) console.log(`${r.engine}: p50 ${r.p50} ms, p99 ${r.p99} ms at ${r.rps} req/s (${r.errors} errors)`);
