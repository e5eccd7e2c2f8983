import { buildApp } from '../../apps/api/src/app.ts';
import { loadConfig } from '../../apps/api/src/config.ts';
import { createDatabase } from '../../apps/api/src/db/database.ts';
import { migrateToLatest } from '../../apps/api/src/db/migrate.ts';

/** The API as production runs it, with the trivial benchmark endpoints switched on. Prints its URL. */
const config = loadConfig({ ...process.env, BENCH_ENDPOINTS: 'true', LOG_LEVEL: 'warn', DEMO_SEED: 'false', WORKER_ENABLED: 'false', HOST: '127.0.0.1', PORT: '0' });
const database = createDatabase(config.database, 20);
await migrateToLatest(database.db);
const { app } = await buildApp({ config, database });
const url = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`LISTENING ${url}\n`);
process.on('SIGTERM', async () => {
  await app.close();
  await database.destroy();
  process.exit(0);
});
