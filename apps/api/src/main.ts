import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { DEMO_ADMIN_TOTP_SECRET, seedDemoData } from './seed/demo-seed.ts';
import { hasDemoData } from './modules/identity/index.ts';
import { seedDemoDossiers } from './seed/dossier-demo-seed.ts';
import { loadReferenceCalendar } from './modules/calendar/index.ts';
import { systemClock } from './platform/clock.ts';
import { openAuditKeys } from './platform/audit/audit-keys.ts';
import { scheduleCheckpoints } from './platform/audit/checkpoint-schedule.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const auditKeys = openAuditKeys(config);
  const database = createDatabase(config.database);
  const applied = await migrateToLatest(database.db);
  if (config.env === 'production' && (await hasDemoData(database.db, DEMO_ADMIN_TOTP_SECRET))) {
    throw new ConfigError([
      'DATABASE_URL: cơ sở dữ liệu này chứa dữ liệu mẫu (tài khoản và mật khẩu công khai); không chạy production trên nó. Dùng cơ sở dữ liệu mới và tạo quản trị viên đầu tiên bằng `npm run admin:create`.',
    ]);
  }
  const seeded = config.demoSeed ? await seedDemoData(database.db, database.engine, systemClock) : false;

  const { app, ctx } = await buildApp({ config, database });
  const calendarDays = await loadReferenceCalendar(ctx);
  const demoDossiers = seeded ? await seedDemoDossiers(ctx) : 0;
  app.log.info({ engine: database.engine, migrationsApplied: applied.length, demoSeeded: seeded, calendarDays, demoDossiers }, 'database ready');
  const checkpoints = scheduleCheckpoints(
    { db: database.db, keys: auditKeys, file: config.audit.checkpointFile, clock: systemClock, minutes: config.audit.checkpointMinutes },
    app.log,
  );
  await checkpoints.runOnce('start');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await app.close();
    checkpoints.stop();
    await checkpoints.runOnce('shutdown');
    await database.destroy();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.host, port: config.port });
  app.log.info(`MotCua: cổng dịch vụ công http://localhost:${config.port}/ · quản trị http://localhost:${config.port}/admin · API http://localhost:${config.port}/api/docs`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('MotCua failed to start:', error);
  }
  process.exit(1);
});
