import { buildApp } from '../../../app.ts';
import { testConfig } from '../../../config.ts';
import { createDatabase } from '../../../db/database.ts';
const url = process.env.DB!;
const config = { ...testConfig({ LOG_LEVEL: 'error', WEB_DIST_DIR: '/nonexistent', PUBLIC_RATE_PER_MINUTE: '100000' }), database: url.startsWith('file:') ? { engine: 'sqlite', file: url.slice(5) } as const : { engine: 'postgres', url } as const };
const database = createDatabase(config.database);
const { app } = await buildApp({ config, database });
await app.ready();
for (const q of ['dang ky ket hon', 'đăng ký khai sinh', '1.000894', 'ket ho', 'cap giay phep xay dung', 'thue']) {
  const t = performance.now();
  const res = await app.inject({ method: 'GET', url: `/api/procedures?q=${encodeURIComponent(q)}&pageSize=5` });
  const b = res.json();
  console.log(q, res.statusCode, b.total, (performance.now() - t).toFixed(1), 'ms', b.items?.map((i: any) => `${i.code} ${i.name}`.slice(0, 70)));
}
const d = await app.inject({ method: 'GET', url: '/api/procedures/1.000894' });
console.log(d.statusCode, JSON.stringify(d.json()).slice(0, 1500));
const f = await app.inject({ method: 'GET', url: '/api/procedures?level=commune&sector=ho-tich&pageSize=3' });
console.log(f.body.slice(0,600));
await app.close();
