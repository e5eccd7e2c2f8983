import { loadConfig } from '../config.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemoData } from '../db/seed/demo-seed.ts';
import { systemClock } from '../platform/clock.ts';

const config = loadConfig();
const database = createDatabase(config.database);
await migrateToLatest(database.db);
const seeded = await seedDemoData(database.db, database.engine, systemClock);
console.log(seeded ? 'Đã nạp dữ liệu mẫu tỉnh Quảng Ngãi.' : 'Dữ liệu đã có sẵn, không nạp lại.');
await database.destroy();
