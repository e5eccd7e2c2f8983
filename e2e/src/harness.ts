import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { buildApp } from '../../apps/api/src/app.ts';
import { loadConfig } from '../../apps/api/src/config.ts';
import { createDatabase } from '../../apps/api/src/db/database.ts';
import { migrateToLatest } from '../../apps/api/src/db/migrate.ts';
import { seedDemoData } from '../../apps/api/src/db/seed/demo-seed.ts';
import { loadReferenceCalendar } from '../../apps/api/src/modules/calendar/index.ts';
import { systemClock } from '../../apps/api/src/platform/clock.ts';

export interface RunningSystem {
  baseUrl: string;
  browser: Browser;
  stop(): Promise<void>;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The whole system as `npm start` serves it (built web shells, demo data), on a throwaway SQLite file. */
export async function startSystem(): Promise<RunningSystem> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-e2e-'));
  const config = loadConfig({
    NODE_ENV: 'test', LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1',
    DATABASE_URL: `file:${join(dir, 'e2e.db')}`, FILE_STORAGE_DIR: join(dir, 'files'),
    WEB_DIST_DIR: resolve(import.meta.dirname, '../../apps/web/dist'), WORKER_ENABLED: 'false',
  });
  const database = createDatabase(config.database);
  await migrateToLatest(database.db);
  await loadReferenceCalendar({ db: database.db, engine: database.engine, clock: systemClock });
  await seedDemoData(database.db, database.engine, systemClock);
  const { app } = await buildApp({ config, database });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    baseUrl: address,
    browser,
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
