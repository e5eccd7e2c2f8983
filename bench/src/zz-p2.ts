import { createDatabase } from '../../apps/api/src/db/database.ts';
import { catalogRevision, loadSearchIndexData } from '../../apps/api/src/modules/catalog/search.queries.ts';
import { buildSearchIndex, searchIndex } from '../../apps/api/src/modules/catalog/search-index.ts';
import { searchWords } from '../../packages/shared/src/index.ts';
const url = process.env.DB!;
const d = createDatabase(url.startsWith('file:') ? { engine: 'sqlite', file: url.slice(5) } : { engine: 'postgres', url });
let t = performance.now();
for (let i = 0; i < 500; i++) await catalogRevision(d.db);
console.log('revision', ((performance.now() - t) / 500).toFixed(3));
t = performance.now();
const data = await loadSearchIndexData(d.db);
console.log('load', (performance.now() - t).toFixed(0), data.procedures.length, data.terms.length);
t = performance.now();
const idx = buildSearchIndex(data);
console.log('build', (performance.now() - t).toFixed(0), idx.sortedTerms.length);
for (const q of ['dang ky ket hon', 'dang ky k', 'thu tuc', 'giay phep', 'chung thuc']) {
  const words = searchWords(q);
  t = performance.now();
  let r;
  for (let i = 0; i < 200; i++) r = searchIndex(idx, { words, limit: 20, offset: 0 });
  console.log(q, ((performance.now() - t) / 200).toFixed(3), r!.total);
}
await d.destroy();
