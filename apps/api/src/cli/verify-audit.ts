/**
 * Verifies the audit log: every entry's HMAC with its key, the links, the head, the signed checkpoints (truncation,
 * rollback, forged lines) and optionally a digest copied on paper. Exit 0 when intact, 1 otherwise.
 *   npm run audit:verify [-- --digest "seq 12345 · ABCD-EF12-3456-7890-ABCD"]
 */
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../platform/audit/audit-verify.ts';
import { openAuditCli } from './audit-cli.ts';

const { values } = parseArgs({ options: { digest: { type: 'string' } } });
const { config, keys, database } = openAuditCli();
const result = await verifyAuditChain(database.db, keys, { checkpointFile: config.audit.checkpointFile, ...(values.digest ? { digest: values.digest } : {}) });
await database.destroy();
for (const note of result.notes) console.log(`Ghi chú: ${note}`);
if (result.latestCheckpoint) console.log(`Điểm mốc mới nhất (${result.latestCheckpoint.at}): ${result.latestCheckpoint.digest}`);
if (result.ok) {
  const legacy = result.legacyEntries > 0 ? ` (${result.legacyEntries} bản ghi cũ băm sha256 trước khi dùng khóa)` : '';
  console.log(`Nhật ký kiểm toán toàn vẹn: ${result.checked} bản ghi${legacy}, ${result.checkpointsChecked} dòng điểm mốc đã ký hợp lệ.`);
} else {
  console.error(`Nhật ký kiểm toán KHÔNG toàn vẹn [${result.problem}]${result.firstBrokenSeq !== null ? ` tại bản ghi số ${result.firstBrokenSeq}` : ''}: ${result.reason} (${result.checked} bản ghi hợp lệ trước đó).`);
  process.exit(1);
}
