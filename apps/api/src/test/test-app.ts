import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuiltApp } from '../app.ts';
import { testConfig } from '../config.ts';
import type { Engine } from '../db/database.ts';
import { FixedClock } from '../platform/clock.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestApp extends BuiltApp {
  database: TestDatabase;
  clock: FixedClock;
  logs: string[];
  close(): Promise<void>;
}

/** A real app on a fresh database of the given engine, with a fixed clock and captured logs. */
export async function createTestApp(engine: Engine, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(engine);
  const filesDir = mkdtempSync(join(tmpdir(), 'motcua-files-'));
  const config = { ...testConfig({ LOG_LEVEL: 'info', FILE_STORAGE_DIR: filesDir, SIGNING_DIR: join(filesDir, 'signing'), WEB_DIST_DIR: join(filesDir, 'no-web'), AUDIT_CHECKPOINT_FILE: join(filesDir, 'audit-checkpoints.jsonl'), ...env }), database: database.config };
  const clock = new FixedClock(new Date('2026-11-23T02:00:00.000Z'));
  const logs: string[] = [];
  const built = await buildApp({ config, database, clock, logStream: { write: (line) => void logs.push(line) } });
  await built.app.ready();
  return {
    ...built,
    database,
    clock,
    logs,
    close: async () => {
      await built.app.close();
      await database.drop();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

export async function logInAs(app: FastifyInstance, username: string, password = 'Secret-pass-1', totpCode?: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, ...(totpCode ? { totpCode } : {}) } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'motcua_session')!;
  const csrf = res.json().csrfToken as string;
  return { cookie: `motcua_session=${cookie.value}`, csrf, headers: { cookie: `motcua_session=${cookie.value}`, 'x-csrf-token': csrf } };
}
