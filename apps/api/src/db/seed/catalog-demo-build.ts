/**
 * Regenerates catalog-demo-procedures.json from the national records (run by hand, never at run time):
 *   node --import tsx apps/api/src/db/seed/catalog-demo-build.ts ../shared/data/national-procedures
 * Picks the provincial and commune procedures a one-stop centre handles, converted to our record model.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { listJsonFiles } from '../../modules/catalog/import/import-folder.ts';
import { parseCrawlerRecord, type CrawlerRecord } from '../../modules/catalog/import/crawler-record.ts';

/** Per ministry folder: how many commune-level and province-level procedures to take, and sectors to leave out. */
const picks: Record<string, { commune: number; province: number; skipSectors?: RegExp }> = {
  'bo-tu-phap': { commune: 61, province: 80 },
  'bo-xay-dung': { commune: 50, province: 40 },
  'bo-nong-nghiep-mt': { commune: 40, province: 40 },
  'bo-tai-chinh': { commune: 15, province: 20, skipSectors: /Hải quan|Thuế|Chứng khoán|Kho bạc|Dự trữ|Bảo hiểm|Quản lý công sản|Hải/i },
  'bo-cong-an': { commune: 10, province: 10 },
};

/** The procedures a one-stop desk handles most, always in the demo whatever the counts above (the shipped e-forms are theirs). */
const mostUsed = new Set(['1.001193', '1.000656', '1.000894', '1.010041', '1.001612', '1.013236', '2.000884', '2.000942']);

const source = process.argv[2];
if (!source) throw new Error('Usage: catalog-demo-build.ts <national-procedures folder>');
const out: unknown[] = [];
const taken: Record<string, { commune: number; province: number }> = {};
for (const path of await listJsonFiles(source)) {
  const ministry = relative(source, path).split(sep)[0]!;
  const pick = picks[ministry];
  if (!pick) continue;
  const raw = JSON.parse(await readFile(path, 'utf8')) as CrawlerRecord;
  if (pick.skipSectors?.test(raw.linh_vuc ?? '')) continue;
  const parsed = parseCrawlerRecord(raw);
  const level = parsed.record.levels.includes('commune') ? 'commune' : parsed.record.levels.includes('province') ? 'province' : null;
  if (!level || parsed.record.variants.every((v) => v.documents.length === 0)) continue;
  const count = (taken[ministry] ??= { commune: 0, province: 0 });
  if (count[level] >= pick[level] && !mostUsed.has(parsed.record.code)) continue;
  count[level] += 1;
  out.push({ ministry, level, decisionNumber: parsed.decisionNumber, record: parsed.record });
}
await writeFile(join(import.meta.dirname, 'catalog-demo-procedures.json'), `${JSON.stringify(out)}\n`);
console.log(`${out.length} thủ tục`, taken);
