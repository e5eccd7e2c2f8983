/**
 * Restores a backup made by `npm run backup` into the configured database and directories:
 * npm run restore -- <backup directory> [--force]
 * Every SHA-256 is checked before anything is written; a non-empty database is replaced only with --force.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { BackupError } from '../platform/backup/backup-error.ts';
import { backupPaths } from '../platform/backup/backup-sources.ts';
import { restoreBackup } from '../platform/backup/restore-backup.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
if (values.help || positionals.length !== 1) {
  console.log('Cách dùng: npm run restore -- <thư mục bản sao lưu> [--force]');
  process.exit(values.help ? 0 : 2);
}

const config = loadConfig();
try {
  const result = await restoreBackup({ backupDir: positionals[0]!, database: config.database, paths: backupPaths(config), force: values.force });
  const { manifest } = result;
  console.log(`Đã khôi phục bản sao lưu lúc ${manifest.createdAt} (phiên bản ${manifest.appVersion}, ${manifest.engine}): ${result.filesRestored} tệp được chép.`);
  if (result.migrationsApplied.length > 0) console.log(`Đã nâng cấp cơ sở dữ liệu: ${result.migrationsApplied.join(', ')}`);
  if (result.checkpointRecord) {
    console.log(`Điểm kiểm tra nhật ký kiểm toán của bản sao lưu không được chép đè lên tệp hiện hành; bản lưu ở ${result.checkpointRecord}.`);
  }
  console.log('Kiểm tra tiếp: npm run audit:verify');
  console.log(
    'Nếu bản sao lưu cũ hơn điểm mốc đã ký, audit:verify báo "rolled-back": ghi biên bản rồi xác nhận bằng npm run audit:checkpoint -- --after-restore --reason "…"',
  );
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
