import { buildApp } from '../../apps/api/src/app.ts';
import { testConfig } from '../../apps/api/src/config.ts';
import { createDatabase } from '../../apps/api/src/db/database.ts';
import { searchCatalog } from '../../apps/api/src/modules/catalog/search.service.ts';
import { searchWords } from '../../packages/shared/src/index.ts';
const url = process.env.DB!;
const config = { ...testConfig({ WEB_DIST_DIR: '/nonexistent', PUBLIC_RATE_PER_MINUTE: '100000000' }), database: url.startsWith('file:') ? { engine: 'sqlite', file: url.slice(5) } as const : { engine: 'postgres', url } as const };
const database = createDatabase(config.database);
const { app } = await buildApp({ config, database });
await app.ready();
const queries = ['q=dang%20ky%20ket%20hon', 'q=dang%20ky%20k', 'q=thu%20tuc&pageSize=50', 'level=province&page=3', 'q=1.000894', 'sector=ho-tich', 'q=giay%20phep'];
let t = performance.now();
await searchCatalog(database.db, { words: [], limit: 20, offset: 0 });
console.log('build', (performance.now() - t).toFixed(1));
for (const q of queries) {
  const params = new URLSearchParams(q);
  const opts = { words: searchWords(params.get('q') ?? ''), limit: Number(params.get('pageSize') ?? 20), offset: 0, levels: params.get('level') ? [params.get('level')!] : undefined, sectors: params.get('sector') ? [params.get('sector')!] : undefined };
  t = performance.now();
  for (let i = 0; i < 50; i++) await searchCatalog(database.db, opts);
  const s = (performance.now() - t) / 50;
  t = performance.now();
  for (let i = 0; i < 50; i++) await app.inject({ method: 'GET', url: `/api/procedures?${q}` });
  console.log(q.padEnd(28), 'search', s.toFixed(2), 'inject', ((performance.now() - t) / 50).toFixed(2));
}
t = performance.now();
for (let i = 0; i < 200; i++) await app.inject({ method: 'GET', url: '/api/health' });
console.log('health inject', ((performance.now() - t) / 200).toFixed(2));
await app.close();
