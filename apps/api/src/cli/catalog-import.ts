import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { importFolder } from '../modules/catalog/import/import-folder.ts';
import { CLASSIFICATION_FIELD } from '../modules/catalog/import/crawler-record.ts';
import { classificationSummary } from '../modules/catalog/import/classification-summary.ts';
import { systemClock } from '../platform/clock.ts';
import { openAuditKeys } from '../platform/audit/audit-keys.ts';
import { LocalFileStorage } from '../platform/files/file-storage.ts';

const usage = 'Cách dùng: npm run catalog:import -- <thư mục> [--report báo-cáo.json] [--draft] [--batch 250]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { report: { type: 'string' }, draft: { type: 'boolean', default: false }, batch: { type: 'string', default: '250' }, help: { type: 'boolean', default: false } },
});
if (values.help || positionals.length !== 1) {
  console.log(usage);
  process.exit(values.help ? 0 : 2);
}

const config = loadConfig();
openAuditKeys(config);
const database = createDatabase(config.database);
await migrateToLatest(database.db);
const ctx = { db: database.db, engine: database.engine, clock: systemClock, config, files: new LocalFileStorage(config.files.dir, config.files.maxBytes) };
const bar = new cliProgress.SingleBar({ format: 'Nhập thủ tục [{bar}] {percentage}% | {value}/{total} hồ sơ | {duration_formatted}', hideCursor: true }, cliProgress.Presets.shades_classic);

const started = performance.now();
const report = await importFolder(ctx, resolve(positionals[0]!), {
  publish: !values.draft,
  actor: { kind: 'system', id: null },
  batchSize: Number(values.batch),
  progress: { start: (total) => bar.start(total, 0), advance: (done) => bar.update(done), stop: () => bar.stop() },
});
const seconds = (performance.now() - started) / 1000;
await database.destroy();

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
console.log(`\n${database.engine}: ${report.total} hồ sơ trong ${seconds.toFixed(1)} s — thêm mới ${report.created}, cập nhật ${report.updated}, không đổi ${report.unchanged}, lỗi ${report.failed}`);
console.table(
  Object.fromEntries(
    Object.entries(report.fields).map(([field, f]) => [
      field,
      { 'có dữ liệu': f.present, 'đọc hết': f.parsed, 'đọc một phần': f.partial, 'không đọc được': f.unparsed, 'chưa đọc hết (%)': pct(f.partial + f.unparsed, f.present) },
    ]),
  ),
);
const pending = report.records.filter((r) => r.pendingReview).length;
if (pending > 0) console.log(`Chờ cán bộ kiểm soát xem xét (thủ tục tỉnh đã công bố hoặc đã sửa): ${pending} — Quản trị › Cập nhật từ CSDL quốc gia`);
const parseIssues = (r: (typeof report.records)[number]) => r.issues.filter((i) => i.field !== CLASSIFICATION_FIELD);
const withIssues = report.records.filter((r) => parseIssues(r).length > 0).length;
console.log(`Hồ sơ có nội dung chưa đọc được: ${withIssues}/${report.total} (${pct(withIssues, report.total)})`);
const byMessage = new Map<string, number>();
for (const r of report.records) {
  for (const i of parseIssues(r)) {
    const key = `${i.field}: ${i.message.replace(/^(in_person|online|postal): /, '')}`;
    byMessage.set(key, (byMessage.get(key) ?? 0) + 1);
  }
}
for (const [message, n] of [...byMessage].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${String(n).padStart(5)}  ${message}`);
const summary = classificationSummary(report.records, 0.8);
console.log(`\nPhân loại dòng thành phần hồ sơ: ${summary.lines} dòng, ${pct(summary.lowLines, summary.lines)} theo quy tắc chưa chắc chắn`);
console.table(Object.fromEntries(summary.kinds.map((k) => [k.label, { 'số dòng': k.lines, 'số hồ sơ': k.records }])));
console.log(`Hồ sơ có độ tin cậy phân loại dưới 80%: ${summary.under.length}/${report.total}`);
for (const r of summary.under.slice(0, 10)) console.log(`  ${r.code.padEnd(12)} ${(r.confidence * 100).toFixed(0).padStart(3)}%  ${r.lowLines}/${r.lines} dòng cần kiểm tra`);
if (values.report) {
  await writeFile(values.report, JSON.stringify(report, null, 2));
  console.log(`Báo cáo chi tiết từng hồ sơ: ${values.report}`);
}
process.exit(report.failed > 0 ? 1 : 0);
