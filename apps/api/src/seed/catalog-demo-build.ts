/**
 * Regenerates catalog-demo-procedures.json from the national records (run by hand, never at run time):
 *   node --import tsx apps/api/src/seed/catalog-demo-build.ts ../shared/data/national-procedures
 * Picks the provincial and commune procedures a one-stop centre handles, converted to our record model, and writes the
 * few procedures the demo's e-forms need that the picks leave out to catalog-demo-additions.json.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { listJsonFiles } from '../modules/catalog/import/import-folder.ts';
import { parseCrawlerRecord, type CrawlerRecord } from '../modules/catalog/import/crawler-record.ts';

/** Per ministry folder: how many commune-level and province-level procedures to take, and sectors to leave out. */
const picks: Record<string, { commune: number; province: number; skipSectors?: RegExp }> = {
  'bo-tu-phap': { commune: 61, province: 80 },
  'bo-xay-dung': { commune: 50, province: 40 },
  'bo-nong-nghiep-mt': { commune: 40, province: 40 },
  'bo-tai-chinh': { commune: 15, province: 20, skipSectors: /Hải quan|Thuế|Chứng khoán|Kho bạc|Dự trữ|Bảo hiểm|Quản lý công sản|Hải/i },
  'bo-cong-an': { commune: 10, province: 10 },
};

/** Procedures the demo ships an e-form for (seed/e-forms) that the picks above do not reach. */
const additions: Record<string, 'commune' | 'province'> = { '1.010041': 'commune', '1.013236': 'province' };

const source = process.argv[2];
if (!source) throw new Error('Usage: catalog-demo-build.ts <national-procedures folder>');
const out: unknown[] = [];
const taken: Record<string, { commune: number; province: number }> = {};
const extra: unknown[] = [];
for (const path of await listJsonFiles(source)) {
  const ministry = relative(source, path).split(sep)[0]!;
  const code = relative(source, path).split(sep)[1]!.replace(/\.json$/, '');
  if (additions[code]) {
    const parsed = parseCrawlerRecord(JSON.parse(await readFile(path, 'utf8')) as CrawlerRecord);
    extra.push({ ministry, level: additions[code], decisionNumber: parsed.decisionNumber, record: parsed.record });
    continue;
  }
  const pick = picks[ministry];
  if (!pick) continue;
  const raw = JSON.parse(await readFile(path, 'utf8')) as CrawlerRecord;
  if (pick.skipSectors?.test(raw.linh_vuc ?? '')) continue;
  const parsed = parseCrawlerRecord(raw);
  const level = parsed.record.levels.includes('commune') ? 'commune' : parsed.record.levels.includes('province') ? 'province' : null;
  if (!level || parsed.record.variants.every((v) => v.documents.length === 0)) continue;
  const count = (taken[ministry] ??= { commune: 0, province: 0 });
  if (count[level] >= pick[level]) continue;
  count[level] += 1;
  out.push({ ministry, level, decisionNumber: parsed.decisionNumber, record: parsed.record });
}
await writeFile(join(import.meta.dirname, 'catalog-demo-procedures.json'), `${JSON.stringify(out)}\n`);
await writeFile(join(import.meta.dirname, 'catalog-demo-additions.json'), `${JSON.stringify(extra)}\n`);
console.log(`${out.length} thủ tục`, taken);
