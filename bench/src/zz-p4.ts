import { createDatabase } from '../../apps/api/src/db/database.ts';
import { loadSearchIndexData } from '../../apps/api/src/modules/catalog/search.queries.ts';
import { buildSearchIndex, scorer } from '../../apps/api/src/modules/catalog/search-index.ts';
import { searchWords } from '../../packages/shared/src/index.ts';
const d = createDatabase({ engine: 'sqlite', file: '/tmp/imp/bench.db' });
const idx = buildSearchIndex(await loadSearchIndexData(d.db));
const words = searchWords('dang ky k');
let terms = 0, postings = 0;
const last = words.at(-1)!;
for (const t of idx.sortedTerms) if (t.startsWith(last)) { terms++; postings += idx.postings.get(t)!.length; }
console.log('prefix terms', terms, 'postings', postings, 'dang', idx.postings.get('dang')!.length);
const score = scorer(words);
let t = performance.now();
let s = 0;
for (let r = 0; r < 200; r++) for (let i = 0; i < idx.procedures.length; i++) s += score(idx.procedures[i]!, idx.padded[i]!);
console.log('score all 10k', ((performance.now() - t) / 200).toFixed(3), s);
t = performance.now();
for (let r = 0; r < 200; r++) { let k = 0; for (const tt of idx.sortedTerms) if (tt.startsWith(last)) k++; }
console.log('scan terms', ((performance.now() - t) / 200).toFixed(3));
await d.destroy();
