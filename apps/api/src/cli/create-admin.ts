/**
 * Creates the first system administrator of a database and prints a one-time password (production never has
 * the demo accounts): npm run admin:create -- --username <name> --full-name "<full name>"
 *   [--province-code 51 --province-name "Ủy ban nhân dân tỉnh Quảng Ngãi"]   (only on an empty database)
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createFirstAdmin } from '../modules/identity/index.ts';
import { systemClock } from '../platform/clock.ts';
import { openAuditKeys } from '../platform/audit/audit-keys.ts';
import { AppError } from '../platform/errors.ts';

const { values } = parseArgs({
  options: { username: { type: 'string' }, 'full-name': { type: 'string' }, 'province-code': { type: 'string' }, 'province-name': { type: 'string' } },
});
if (!values.username || !values['full-name']) {
  console.error('Cách dùng: npm run admin:create -- --username <tên đăng nhập> --full-name "<họ và tên>" [--province-code <mã> --province-name "<tên>"]');
  process.exit(2);
}
const config = loadConfig();
openAuditKeys(config);
const database = createDatabase(config.database);
try {
  await migrateToLatest(database.db);
  const province = values['province-code'] && values['province-name'] ? { code: values['province-code'], name: values['province-name'] } : undefined;
  const admin = await createFirstAdmin({ db: database.db, engine: database.engine, clock: systemClock }, { username: values.username, fullName: values['full-name'], ...(province ? { province } : {}) });
  console.log(`Đã tạo quản trị hệ thống «${admin.username}» tại ${admin.rootUnit}.`);
  console.log(`Mật khẩu dùng một lần (chỉ hiện lần này): ${admin.oneTimePassword}`);
  console.log('Đăng nhập, đăng ký mã xác thực hai lớp (TOTP) theo yêu cầu, rồi đổi mật khẩu.');
} catch (error) {
  console.error(error instanceof AppError ? (error.options.detail ?? error.message) : error);
  process.exitCode = 1;
} finally {
  await database.destroy();
}
