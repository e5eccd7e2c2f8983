/**
 * The API in its own process for the dossier benchmarks, started as production's main.ts starts it
 * (migrations, optional demo seed, reference calendar), with the trivial benchmark endpoints on and a hook
 * timing each request inside the server, which the load generator's own scheduling cannot inflate.
 *
 * This file run with DOSSIER_BENCH_SERVER=1 is the server; `startServer` spawns it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildApp } from '../../../apps/api/src/app.ts';
import { loadConfig } from '../../../apps/api/src/config.ts';
import { createDatabase } from '../../../apps/api/src/db/database.ts';
import { migrateToLatest } from '../../../apps/api/src/db/migrate.ts';
import { seedDemoData } from '../../../apps/api/src/seed/demo-seed.ts';
import { loadReferenceCalendar } from '../../../apps/api/src/modules/calendar/index.ts';
import { systemClock } from '../../../apps/api/src/platform/clock.ts';
import { openAuditKeys } from '../../../apps/api/src/platform/audit/audit-keys.ts';

const root = resolve(import.meta.dirname, '../../..');

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
export const round2 = (n: number) => Math.round(n * 100) / 100;

export interface ServerTimes { count: number; p50: number; p95: number; p99: number; max: number }

async function serve(): Promise<void> {
  const config = loadConfig({
    ...process.env, BENCH_ENDPOINTS: 'true', LOG_LEVEL: 'warn', DEMO_SEED: 'false', WORKER_ENABLED: 'false', HOST: '127.0.0.1', PORT: '0',
    WEB_DIST_DIR: join(root, 'bench/no-web'),
  });
  openAuditKeys(config);
  const database = createDatabase(config.database, 20);
  await migrateToLatest(database.db);
  if (process.env.BENCH_SEED_DEMO === '1') await seedDemoData(database.db, database.engine, systemClock);
  const { app, ctx } = await buildApp({ config, database });
  await loadReferenceCalendar(ctx);
  let times: number[] = [];
  app.addHook('onResponse', async (_request, reply) => void times.push(reply.elapsedTime));
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  process.on('message', (m) => {
    if (m !== 'report') return;
    const sorted = times.sort((a, b) => a - b);
    const report: ServerTimes = { count: sorted.length, p50: round2(percentile(sorted, 50)), p95: round2(percentile(sorted, 95)), p99: round2(percentile(sorted, 99)), max: round2(sorted.at(-1) ?? NaN) };
    process.send!(report);
    times = [];
  });
  process.stdout.write(`LISTENING ${url}\n`);
  process.on('SIGTERM', async () => {
    await app.close();
    await database.destroy();
    process.exit(0);
  });
}

export interface BenchServer {
  url: string;
  /** Server-side times of the requests since the last call, and a fresh start. */
  times(): Promise<ServerTimes>;
  stop(): Promise<void>;
}

export async function startServer(databaseUrl: string, opts: { seedDemo?: boolean } = {}): Promise<BenchServer> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'bench/src/lib/server.ts'], {
    cwd: root,
    env: { ...process.env, DOSSIER_BENCH_SERVER: '1', DATABASE_URL: databaseUrl, BENCH_SEED_DEMO: opts.seedDemo ? '1' : '0', PUBLIC_RATE_PER_MINUTE: '10000000', LOGIN_RATE_PER_MINUTE: '10000' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((ok, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /LISTENING (\S+)/.exec(chunk.toString());
      if (m) ok(m[1]!);
    });
    child.on('exit', (code) => fail(new Error(`bench server exited with ${code}`)));
  });
  return {
    url,
    times: () => new Promise((ok) => {
      child.once('message', (m) => ok(m as ServerTimes));
      child.send('report');
    }),
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface Session { cookie: string; csrf: string; id: string; fullName: string }

/** Logs in through the API as a browser would: the session cookie and the CSRF token for mutations. */
export async function logIn(url: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const me = (await res.json()) as { id: string; fullName: string; csrfToken: string };
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: me.csrfToken, id: me.id, fullName: me.fullName };
}

if (process.env.DOSSIER_BENCH_SERVER === '1') await serve();
