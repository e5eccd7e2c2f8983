import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { catalogWorld, importFixtures, type CatalogWorld } from './catalog.test-support.ts';

const constructionPermits = fileURLToPath(new URL('./test-fixtures/construction-permits', import.meta.url));

type Item = { code: string; levels: string[] };

describe.each(testEngines())('the province’s own catalog on %s', (engine) => {
  let t: TestApp;
  let w: CatalogWorld;
  const search = async (query: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/procedures?${query}` });
    expect(res.statusCode).toBe(200);
    return res.json() as { items: Item[]; total: number };
  };
  const codes = async (query: string) => (await search(query)).items.map((i) => i.code);
  const idOf = async (code: string) => (await t.app.inject({ method: 'GET', url: `/api/catalog/procedures?q=${code}`, headers: w.control.headers })).json().items[0].id as string;
  const assign = async (code: string, unitId: string) => {
    const res = await t.app.inject({ method: 'PUT', url: `/api/catalog/procedures/${await idOf(code)}/units`, headers: w.control.headers, payload: { units: [{ unitId, role: 'implementing' }] } });
    expect(res.statusCode, res.body).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await catalogWorld(t);
    // What a province does first: import the national records (published under their ministries' decisions)…
    await importFixtures(t);
    await importFixtures(t, constructionPermits);
    // …then adopt the ones it performs: building and railway permits at the Sở Xây dựng, the commune's building
    // permit and marriage registration at the commune. The customs procedure and the others stay national.
    for (const code of ['1.013236', '1.005134', '1.005126']) await assign(code, w.units.construction.id);
    for (const code of ['1.013229', '1.000894']) await assign(code, w.units.commune.id);
  }, 60_000);
  afterAll(() => t.close());

  it('keeps a national record the province has not adopted out of the public search, sector tiles and pages, but not out of the back office', async () => {
    expect(await search('q=1.000014')).toMatchObject({ items: [], total: 0 });
    expect(await codes(`q=${encodeURIComponent('hải quan')}`)).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/1.000014' })).statusCode).toBe(404);
    const sectors = (await t.app.inject({ method: 'GET', url: '/api/catalog/sectors' })).json().items;
    expect(sectors.map((s: { name: string; procedureCount: number }) => [s.name, s.procedureCount])).toEqual([
      ['Đường sắt', 2], ['Hoạt động xây dựng', 2], ['Hộ tịch', 1],
    ]);
    expect((await search('pageSize=100')).total).toBe(5);
    const office = (await t.app.inject({ method: 'GET', url: '/api/catalog/procedures?q=1.000014', headers: w.control.headers })).json();
    expect(office.items.map((i: { code: string }) => i.code)).toEqual(['1.000014']);
    expect((await t.app.inject({ method: 'GET', url: '/api/catalog/procedures?pageSize=100', headers: w.control.headers })).json().total).toBe(13);
  });

  it('labels each procedure with the levels where the province performs it, not the national record’s', async () => {
    // 1.005134's record says ministry and province level, 1.013229's commune and "other body".
    expect((await search('q=1.005134')).items).toEqual([expect.objectContaining({ code: '1.005134', levels: ['province'] })]);
    expect((await search('q=1.013229')).items).toEqual([expect.objectContaining({ code: '1.013229', levels: ['commune'] })]);
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/1.005134' })).json().levels).toEqual(['province']);
    expect((await codes('level=commune')).sort()).toEqual(['1.000894', '1.013229']);
    expect(await codes('level=ministry')).toEqual([]);
  });

  it('ranks the building permits before the railway permits for "cap giay phep xay dung"', async () => {
    // All four names start with the phrase; the building permits' sector (Hoạt động xây dựng) also has "xây dựng".
    expect(await codes('q=cap%20giay%20phep%20xay%20dung')).toEqual(['1.013236', '1.013229', '1.005126', '1.005134']);
    expect(await codes(`q=${encodeURIComponent('Cấp giấy phép xây dựng')}&level=commune`)).toEqual(['1.013229']);
  });

  it('shows an adopted procedure once the province assigns it, and hides it again when it no longer does', async () => {
    expect(await codes('q=1.008904')).toEqual([]);
    await assign('1.008904', w.units.justice.id);
    expect(await codes('q=1.008904')).toEqual(['1.008904']);
    const res = await t.app.inject({ method: 'PUT', url: `/api/catalog/procedures/${await idOf('1.008904')}/units`, headers: w.control.headers, payload: { units: [] } });
    expect(res.statusCode, res.body).toBe(200);
    expect(await codes('q=1.008904')).toEqual([]);
  });
});
