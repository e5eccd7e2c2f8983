import { loadConfig } from '../config.ts';
import { createDatabase } from '../db/database.ts';
import { verifyAuditChain } from '../platform/audit/audit.ts';

/** Exit 0 when the audit hash chain is intact; otherwise names the first broken entry and exits 1. */
const config = loadConfig();
const database = createDatabase(config.database);
const result = await verifyAuditChain(database.db);
await database.destroy();
if (result.ok) {
  console.log(`Chuỗi nhật ký kiểm toán toàn vẹn: ${result.checked} bản ghi.`);
} else {
  console.error(`Chuỗi nhật ký bị phá vỡ tại bản ghi số ${result.firstBrokenSeq}: ${result.reason} (đã kiểm tra ${result.checked} bản ghi hợp lệ trước đó).`);
  process.exit(1);
}
