/**
 * Work queues with 1,000,000 dossiers stored (issue 5, goal p99 ≤ 20 ms): the generator fills a database per
 * engine, the API runs in its own process on it, the demo specialist and leader of Sở Tư pháp log in, and each
 * queue (mine, unit, due_soon, overdue, waiting_applicant) gets GET /api/dossiers/queue evenly paced at a fixed
 * rate (20 req/s: a province's ~600 officers each refreshing a queue every 30 s), page 1 mostly and page 2
 * sometimes. The trivial one-row GET of the foundation, paced alike in the same run, is the machine's floor. Prints p50 / p95 / p99 per queue measured by the client (from the
 * scheduled send time) and inside the server, then each queue's query plan.
 *
 *   node --import tsx bench/src/dossier-queue.ts
 *   BENCH_DOSSIERS (1,000,000) BENCH_QUEUE_RATE (req/s, 20) BENCH_SECONDS (per queue, 10) BENCH_ENGINES (sqlite,postgres)
 *   BENCH_REUSE=1 keeps the generated databases between runs and reuses them when they hold BENCH_DOSSIERS dossiers.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { QueueKind } from '@motcua/shared';
import type { Config } from '../../apps/api/src/config.ts';
import { openSqlite } from '../../apps/api/src/db/database.ts';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-seed.ts';
import { freshPostgresDatabase } from './bench-databases.ts';
import { generateDossiers } from './dossier-generator.ts';
import { paced, type PacedResult } from './lib/paced.ts';
import { logIn, startServer, type ServerTimes, type Session } from './lib/server.ts';

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 1_000_000);
const RATE = Number(process.env.BENCH_QUEUE_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ENGINES = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',');
const REUSE = process.env.BENCH_REUSE === '1';
const QUEUES: QueueKind[] = ['mine', 'unit', 'due_soon', 'overdue', 'waiting_applicant'];
const PG_NAME = 'motcua_bench_dossiers';

interface Row { engine: string; actor: string; queue: QueueKind | 'trivial GET (floor)'; total: number; client: PacedResult; server: ServerTimes }

async function storedDossiers(config: Config['database']): Promise<number> {
  try {
    if (config.engine === 'sqlite') {
      if (!existsSync(config.file)) return 0;
      const s = openSqlite(config.file);
      try {
        return (s.prepare('select count(*) as n from dossiers').get() as { n: number }).n;
      } finally {
        s.close();
      }
    }
    const c = new pg.Client({ connectionString: config.url });
    await c.connect();
    try {
      return Number((await c.query('select count(*) as n from dossiers')).rows[0].n);
    } finally {
      await c.end();
    }
  } catch {
    return 0;
  }
}

/** A database holding DOSSIERS generated dossiers: generated now, or the one a previous BENCH_REUSE run left. */
async function prepare(engine: string): Promise<{ url: string; config: Config['database']; cleanup: () => void } | undefined> {
  if (engine === 'sqlite') {
    const dir = join(tmpdir(), REUSE ? 'motcua-bench-dossiers' : `motcua-bench-dossiers-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'queue.db');
    const config = { engine: 'sqlite', file } as const;
    if ((await storedDossiers(config)) !== DOSSIERS) {
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
      await generateDossiers(config, DOSSIERS);
    } else console.log(`  sqlite: dùng lại ${DOSSIERS.toLocaleString('en')} hồ sơ trong ${file}`);
    return { url: `file:${file}`, config, cleanup: () => (REUSE ? undefined : rmSync(dir, { recursive: true, force: true })) };
  }
  const admin = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  admin.pathname = `/${PG_NAME}`;
  let url: string | undefined = admin.toString();
  if (!REUSE || (await storedDossiers({ engine: 'postgres', url })) !== DOSSIERS) {
    url = await freshPostgresDatabase(PG_NAME);
    if (!url) return undefined;
    await generateDossiers({ engine: 'postgres', url }, DOSSIERS);
  } else console.log(`  postgres: dùng lại ${DOSSIERS.toLocaleString('en')} hồ sơ trong ${PG_NAME}`);
  return { url, config: { engine: 'postgres', url }, cleanup: () => undefined };
}

function pathsFor(queue: QueueKind): string[] {
  const base = `/api/dossiers/queue?queue=${queue}`;
  return [base, base, base, base, `${base}&page=2`];
}

async function measure(engine: string): Promise<{ rows: Row[]; plans: string } | undefined> {
  const db = await prepare(engine);
  if (!db) {
    console.log(`  (không có ${engine}: bỏ qua)`);
    return undefined;
  }
  const server = await startServer(db.url);
  const rows: Row[] = [];
  const actors: Record<string, Session> = {};
  try {
    // The floor: the foundation's trivial one-row read, paced the same way on the same server.
    const item = (await (await fetch(`${server.url}/api/bench/items`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"note":"sàn"}' })).json()) as { id: string };
    await paced(server.url, [`/api/bench/items/${item.id}`], {}, RATE, 2);
    await server.times();
    const floor = await paced(server.url, [`/api/bench/items/${item.id}`], {}, RATE, SECONDS);
    rows.push({ engine, actor: '—', queue: 'trivial GET (floor)', total: 1, client: floor, server: await server.times() });
    actors.specialist = await logIn(server.url, 'chuyenvien', DEMO_PASSWORD);
    actors.leader = await logIn(server.url, 'lanhdao', DEMO_PASSWORD);
    for (const [actor, session] of Object.entries(actors)) {
      const headers = { cookie: session.cookie };
      for (const queue of QUEUES) {
        const first = await fetch(`${server.url}/api/dossiers/queue?queue=${queue}`, { headers });
        if (!first.ok) throw new Error(`${actor} ${queue}: ${first.status} ${await first.text()}`);
        const { total } = (await first.json()) as { total: number };
        await paced(server.url, pathsFor(queue), headers, RATE, 2); // warm-up
        await server.times();
        const client = await paced(server.url, pathsFor(queue), headers, RATE, SECONDS);
        const times = await server.times();
        rows.push({ engine, actor, queue, total, client, server: times });
        console.log(`  ${engine} ${actor} ${queue}: ${total} hồ sơ; client p50 ${client.p50} / p95 ${client.p95} / p99 ${client.p99} ms; server p99 ${times.p99} ms${client.errors ? `; ${client.errors} lỗi: ${client.firstError}` : ''}`);
      }
    }
  } finally {
    await server.stop();
  }
  const plans = await explainQueues(db.config, actors.specialist!.id);
  db.cleanup();
  return { rows, plans };
}

/**
 * The plans of the queue queries as dossiers.queries.ts (queueBase / queryQueue) builds them for the
 * demo specialist: the page query and the count, on this engine.
 */
async function explainQueues(config: Config['database'], officerId: string): Promise<string> {
  const now = new Date().toISOString();
  // The server computes the end of the next working day; for the plan, a day and a half is the same shape.
  const dueSoonUntil = new Date(Date.now() + 1.5 * 86_400_000).toISOString();
  const out: string[] = [];
  const sqlite = config.engine === 'sqlite' ? openSqlite(config.file) : undefined;
  const client = config.engine === 'postgres' ? new pg.Client({ connectionString: config.url }) : undefined;
  await client?.connect();
  try {
    const units = sqlite
      ? (sqlite.prepare(`select id from org_units where path like (select path from org_units where code = '51.STP') || '%'`).all() as { id: string }[]).map((r) => r.id)
      : (await client!.query(`select id from org_units where path like (select path from org_units where code = '51.STP') || '%'`)).rows.map((r: { id: string }) => r.id);
    for (const queue of QUEUES) {
      const where: [string, unknown[]][] = [];
      if (queue === 'mine') where.push(['assignee_id = ?', [officerId]]);
      else where.push([`current_unit_id in (${units.map(() => '?').join(', ')})`, units]);
      where.push(['is_open = ?', [1]]);
      if (queue === 'overdue') where.push(['due_at < ?', [now]]);
      if (queue === 'due_soon') where.push(['due_at >= ? and due_at <= ?', [now, dueSoonUntil]]);
      if (queue === 'waiting_applicant') where.push(['status in (?, ?, ?)', ['supplement_requested', 'financial_obligation_requested', 'awaiting_online_correction']]);
      const clause = where.map(([w]) => w).join(' and ');
      const params = where.flatMap(([, p]) => p);
      for (const [label, query] of [['page', `select * from dossiers where ${clause} order by due_at asc, id limit 50 offset 0`], ['count', `select count(*) as n from dossiers where ${clause}`]] as const) {
        let n = 0;
        const text = sqlite ? query : query.replace(/\?/g, () => `$${++n}`);
        const plan = sqlite
          ? (sqlite.prepare(`explain query plan ${text}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n')
          : (await client!.query(`explain (analyze, buffers, costs off) ${text}`, params)).rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
        out.push(`-- ${config.engine} ${queue} (${label})\n${plan}`);
      }
    }
  } finally {
    sqlite?.close();
    await client?.end();
  }
  return out.join('\n\n');
}

console.log(`Hàng đợi hồ sơ: ${DOSSIERS.toLocaleString('en')} hồ sơ, ${RATE} yêu cầu/giây đều đặn, ${SECONDS} s mỗi hàng đợi`);
const rows: Row[] = [];
const plans: string[] = [];
for (const engine of ENGINES) {
  const r = await measure(engine);
  if (r) {
    rows.push(...r.rows);
    plans.push(r.plans);
  }
}
console.log(`\n${DOSSIERS.toLocaleString('en')} dossiers stored; ${RATE} req/s evenly paced, ${SECONDS} s per queue (page 1, every 5th request page 2); client latency from the scheduled send time, server = inside Fastify\n`);
console.log('| engine | actor | queue | dossiers in queue | p50 ms | p95 ms | p99 ms | server p99 ms | errors |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.engine} | ${r.actor} | ${r.queue} | ${r.total.toLocaleString('en')} | ${r.client.p50} | ${r.client.p95} | ${r.client.p99} | ${r.server.p99} | ${r.client.errors} |`);
}
const worst = Math.max(...rows.filter((r) => r.actor !== '—').map((r) => r.client.p99));
console.log(`\nworst p99 ${worst} ms (goal ≤ 20 ms): ${worst <= 20 ? 'met' : 'MISSED'}`);
if (process.env.BENCH_PLANS !== '0') console.log(`\nQuery plans\n\n${plans.join('\n\n')}`);
