/**
 * The audit log's keys (AUDIT_KEYS_DIR):
 *   npm run audit:keys -- --init     production, new database only: create the keys once
 *   npm run audit:keys -- --rotate   add a new HMAC key; new entries use it, old ones keep verifying with theirs
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { initAuditKeys, loadAuditKeys, rotateAuditKey } from '../platform/audit/audit-keys.ts';

const { values } = parseArgs({ options: { init: { type: 'boolean', default: false }, rotate: { type: 'boolean', default: false } } });
process.on('uncaughtException', (error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
const config = loadConfig();
if (values.init) {
  initAuditKeys(config.audit.keysDir);
  console.log(`Đã tạo khóa nhật ký kiểm toán trong ${config.audit.keysDir}. Sao lưu thư mục này riêng, ngoài cơ sở dữ liệu.`);
} else if (values.rotate) {
  const id = rotateAuditKey(loadAuditKeys(config.audit.keysDir, config.env, false));
  console.log(`Đã thêm khóa ${id}. Khởi động lại mọi máy chủ API (cùng thư mục khóa) để bản ghi mới dùng khóa này; không xóa khóa cũ.`);
} else {
  console.error('Cách dùng: npm run audit:keys -- --init | --rotate');
  process.exit(2);
}
