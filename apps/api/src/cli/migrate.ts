import { loadConfig } from '../config.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

const config = loadConfig();
const database = createDatabase(config.database);
const applied = await migrateToLatest(database.db);
console.log(applied.length ? `Đã áp dụng ${applied.length} migration: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.');
await database.destroy();
