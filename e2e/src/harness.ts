import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import type { Kysely } from 'kysely';
import type { DB } from '../../apps/api/src/db/schema.ts';
import { buildApp } from '../../apps/api/src/app.ts';
import { loadConfig } from '../../apps/api/src/config.ts';
import { createDatabase } from '../../apps/api/src/db/database.ts';
import { migrateToLatest } from '../../apps/api/src/db/migrate.ts';
import { seedDemoData } from '../../apps/api/src/seed/demo-seed.ts';
import { loadReferenceCalendar } from '../../apps/api/src/modules/calendar/index.ts';
import { systemClock } from '../../apps/api/src/platform/clock.ts';
import { openAuditKeys } from '../../apps/api/src/platform/audit/audit-keys.ts';

export interface RunningSystem {
  baseUrl: string;
  browser: Browser;
  /** The system's database, for a journey's own setup (what an import or an officer would have written). */
  db: Kysely<DB>;
  stop(): Promise<void>;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A port free right now on loopback, so links the server prints (QR codes, payment returns) can name it. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

export interface SystemOptions {
  /** Run the background job worker (dossier events: documents, notifications); off by default for determinism. */
  worker?: boolean;
  /** More configuration, e.g. SMTP_URL of a test mail server. */
  env?: Record<string, string>;
}

/** The whole system as `npm start` serves it (built web shells, demo data), on a throwaway SQLite file. */
export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-e2e-'));
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test', LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1', PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: `file:${join(dir, 'e2e.db')}`, FILE_STORAGE_DIR: join(dir, 'files'), SIGNING_DIR: join(dir, 'signing'),
    AUDIT_KEYS_DIR: join(dir, 'audit-keys'), AUDIT_CHECKPOINT_FILE: join(dir, 'audit-checkpoints.jsonl'),
    WEB_DIST_DIR: resolve(import.meta.dirname, '../../apps/web/dist'), WORKER_ENABLED: options.worker ? 'true' : 'false',
    ...options.env,
  });
  openAuditKeys(config);
  const database = createDatabase(config.database);
  await migrateToLatest(database.db);
  await loadReferenceCalendar({ db: database.db, engine: database.engine, clock: systemClock });
  await seedDemoData(database.db, database.engine, systemClock);
  const { app } = await buildApp({ config, database });
  const address = await app.listen({ host: '127.0.0.1', port });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    baseUrl: address,
    browser,
    db: database.db,
    stop: async () => {
      await browser.close();
      await app.close();
      await database.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A page in its own browser context (own cookies), as axe-core requires. Close it with `page.context().close()`. */
export async function openPage(sys: RunningSystem, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await sys.browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  return context.newPage();
}

/** Serious and critical WCAG 2.1 A/AA violations on the current page, as short readable strings. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Colours sampled mid-transition (a button just enabled, a message fading in) are not what anyone reads: wait
  // until finite CSS animations and transitions have ended (spinners loop forever and are left alone).
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity), undefined, { timeout: 3_000 })
    .catch(() => undefined);
  // Toasts and field messages on their way out are excluded: axe samples their colours mid-fade and reports a
  // contrast that nobody sees (the same messages are checked while they are shown).
  const result = await new AxeBuilder({ page })
    .exclude('.ant-message')
    .exclude('.ant-form-show-help-item-leave')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}
