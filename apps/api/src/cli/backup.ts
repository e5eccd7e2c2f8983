/**
 * A consistent backup while the application runs: npm run backup -- [--out ./backups] [--keep 14]
 * Writes <out>/motcua-<time>/ (database snapshot, stored files, signing and audit keys, manifest with SHA-256).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { BackupError } from '../platform/backup/backup-error.ts';
import { backupPaths } from '../platform/backup/backup-sources.ts';
import { createBackup } from '../platform/backup/create-backup.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: './backups' }, keep: { type: 'string' }, help: { type: 'boolean', default: false } } });
const keep = values.keep === undefined ? undefined : Number(values.keep);
if (values.help || (keep !== undefined && !(Number.isInteger(keep) && keep >= 1))) {
  console.log('Cách dùng: npm run backup -- [--out <thư mục, mặc định ./backups>] [--keep <số bản giữ lại, ≥ 1>]');
  process.exit(values.help ? 0 : 2);
}

const config = loadConfig();
try {
  const started = performance.now();
  const { dir, manifest, pruned } = await createBackup({ database: config.database, paths: backupPaths(config), outDir: values.out, ...(keep ? { keep } : {}) });
  const bytes = manifest.entries.reduce((n, e) => n + e.size, manifest.database.size);
  const files = manifest.entries.filter((e) => e.path.startsWith('files/')).length;
  console.log(`Đã sao lưu (${manifest.engine}, ${manifest.migrations.length} migration, ${files} tệp, ${(bytes / 1024 / 1024).toFixed(1)} MB) trong ${((performance.now() - started) / 1000).toFixed(1)} s: ${dir}`);
  for (const name of pruned) console.log(`Đã xóa bản sao lưu cũ: ${name}`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
