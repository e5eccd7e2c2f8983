import { loadConfig } from '../config.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemoData } from '../seed/demo-seed.ts';
import { systemClock } from '../platform/clock.ts';
import { openAuditKeys } from '../platform/audit/audit-keys.ts';
import { loadReferenceCalendar } from '../modules/calendar/index.ts';

const config = loadConfig();
openAuditKeys(config);
const database = createDatabase(config.database);
await migrateToLatest(database.db);
const calendarDays = await loadReferenceCalendar({ db: database.db, engine: database.engine, clock: systemClock });
const seeded = await seedDemoData(database.db, database.engine, systemClock);
if (calendarDays) console.log(`Đã nạp ${calendarDays} ngày nghỉ, ngày làm bù chính thức.`);
console.log(seeded ? 'Đã nạp dữ liệu mẫu tỉnh Quảng Ngãi.' : 'Dữ liệu đã có sẵn, không nạp lại.');
await database.destroy();
