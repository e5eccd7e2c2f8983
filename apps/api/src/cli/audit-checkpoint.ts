/**
 * Signs the audit chain's head now and prints the digest to copy on paper:
 *   npm run audit:checkpoint
 * After a legitimate restore of the database from a backup (entries after the backup are knowingly lost):
 *   npm run audit:checkpoint -- --after-restore --reason "Khôi phục sau sự cố ổ đĩa ngày …, biên bản số …"
 */
import { parseArgs } from 'node:util';
import { migrateToLatest } from '../db/migrate.ts';
import { acknowledgeRollback } from '../platform/audit/audit-verify.ts';
import { CheckpointRefused, printableDigest, writeCheckpoint } from '../platform/audit/checkpoints.ts';
import { openAuditCli } from './audit-cli.ts';

const { values } = parseArgs({ options: { 'after-restore': { type: 'boolean', default: false }, reason: { type: 'string' } } });
if (values['after-restore'] && !values.reason?.trim()) {
  console.error('Cách dùng: npm run audit:checkpoint -- --after-restore --reason "<lý do, số biên bản>"');
  process.exit(2);
}
const { config, keys, database } = openAuditCli();
const file = config.audit.checkpointFile;
const now = new Date().toISOString();
try {
  await migrateToLatest(database.db);
  if (values['after-restore']) {
    const line = await acknowledgeRollback(database.db, keys, file, { now, reason: values.reason!.trim() });
    console.log(`Đã ghi xác nhận khôi phục (lịch sử đã ký sau bản ghi số ${line.keptUntil} được ghi nhận là đã mất).`);
    console.log(`Mã đối chiếu mới (ghi lại trên giấy): ${printableDigest(line)}`);
  } else {
    const line = await writeCheckpoint(database.db, keys, file, { now });
    console.log(`Mã đối chiếu (ghi lại trên giấy): ${printableDigest(line!)}`);
  }
} catch (error) {
  if (!(error instanceof CheckpointRefused)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.destroy();
}
