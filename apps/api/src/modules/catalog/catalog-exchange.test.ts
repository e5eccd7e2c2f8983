import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { catalogWorld, importFixtures, type CatalogWorld } from './catalog.test-support.ts';

describe.each(testEngines())('catalog import and export formats on %s', (engine) => {
  let t: TestApp;
  let w: CatalogWorld;
  let exported: Record<string, unknown>[];

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await catalogWorld(t);
    await importFixtures(t);
  });
  afterAll(() => t.close());

  it('exports the published catalog in the national package shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/catalog/export/national-package', headers: w.control.headers });
    expect(res.statusCode).toBe(200);
    exported = res.json();
    expect(exported).toHaveLength(9);
    const marriage = exported.find((p) => p.MATTHC === '1.000894')!;
    expect(marriage).toMatchObject({
      TENTTHC: 'Thủ tục đăng ký kết hôn', SOQUYETDINH: '163/QĐ-BTP', TRANGTHAI: 'published', PHIENBAN: 1,
      CAPTHUCHIEN: [{ MACAP: 'commune', TENCAP: 'Cấp xã' }], LINHVUCTHUCHIEN: [{ MALINHVUC: 'ho-tich', TENLINHVUC: 'Hộ tịch' }],
      KETQUATHUCHIEN: [{ MAKETQUA: 'KQ.G15.000032', TENKETQUA: 'Giấy chứng nhận kết hôn' }],
    });
    const inPerson = (marriage.CACHTHUCTHUCHIEN as { KENH: string; THOIGIAN: { THOIGIANGIAIQUYET: number; DONVITINH: string; PHILEPHI: { LOAI: string }[] }[] }[]).find((c) => c.KENH === '1')!;
    expect(inPerson.THOIGIAN[0]).toMatchObject({ THOIGIANGIAIQUYET: 1, DONVITINH: 'Ngày làm việc', PHILEPHI: [{ LOAI: 'MIENPHI' }] });
    const docs = (marriage.THANHPHANHOSO as { GIAYTO: { SOBANCHINH: number; SOBANSAO: number }[] }[])[0]!.GIAYTO;
    expect(docs[0]).toMatchObject({ SOBANCHINH: 1, SOBANSAO: 0 });
  });

  it('re-imports its own export without creating a version (round trip), and drafts a changed record for review', async () => {
    const same = await t.app.inject({ method: 'POST', url: '/api/catalog/import/national-package', headers: w.control.headers, payload: { records: exported } });
    expect(same.statusCode).toBe(200);
    expect(same.json()).toMatchObject({ total: 9, created: 0, updated: 0, unchanged: 9 });

    const changed = { ...exported.find((p) => p.MATTHC === '1.000894')!, TENTTHC: 'Thủ tục đăng ký kết hôn (dự thảo mới)' };
    const fresh = { ...changed, MATTHC: '1.000894.H51', TENTTHC: 'Đăng ký kết hôn (biến thể địa phương)' };
    const res = await t.app.inject({ method: 'POST', url: '/api/catalog/import/national-package', headers: w.control.headers, payload: { records: [changed, fresh] } });
    expect(res.json()).toMatchObject({ created: 1, updated: 1 });
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/1.000894' })).json().name).toBe('Thủ tục đăng ký kết hôn');
    const admin = (await t.app.inject({ method: 'GET', url: '/api/catalog/procedures?pendingChanges=true', headers: w.control.headers })).json();
    expect(admin.items.map((i: { code: string; status: string }) => [i.code, i.status]).sort()).toEqual([['1.000894', 'published'], ['1.000894.H51', 'draft']]);
  });

  it('reports package values it cannot map instead of guessing', async () => {
    const odd = { MATTHC: '1.777777', TENTTHC: 'Thủ tục lạ', CAPTHUCHIEN: [{ MACAP: 'galaxy', TENCAP: 'Cấp thiên hà' }], CACHTHUCTHUCHIEN: [{ KENH: '9', THOIGIAN: [] }] };
    const res = await t.app.inject({ method: 'POST', url: '/api/catalog/import/national-package', headers: w.control.headers, payload: { records: [odd] } });
    const issues = res.json().records[0].issues.map((i: { field: string }) => i.field);
    expect(issues).toEqual(['CACHTHUCTHUCHIEN.KENH', 'LINHVUCTHUCHIEN', 'CAPTHUCHIEN']);
  });

  it('exports an Excel workbook with procedures, documents and fees', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/catalog/export/procedures.xlsx?level=commune', headers: w.control.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Thủ tục', 'Thành phần hồ sơ', 'Phí, lệ phí']);
    const sheet = wb.getWorksheet('Thủ tục')!;
    const codes = sheet.getColumn(1).values.slice(2);
    expect(codes).toContain('1.000894');
    expect(codes).not.toContain('1.008904');
    expect(wb.getWorksheet('Thành phần hồ sơ')!.rowCount).toBeGreaterThan(10);
  });

  it('publishes open data as CPSV-AP JSON-LD', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/catalog/open-data.jsonld?sector=ho-tich' });
    expect(res.headers['content-type']).toContain('application/ld+json');
    const doc = res.json();
    expect(doc['@context']).toMatchObject({ cpsv: 'http://purl.org/vocab/cpsv#', cv: 'http://data.europa.eu/m8g/' });
    const service = doc['@graph'].find((s: { 'dct:identifier': string }) => s['dct:identifier'] === '1.000894');
    expect(service).toMatchObject({ '@type': 'cpsv:PublicService', 'dct:title': { '@language': 'vi', '@value': 'Thủ tục đăng ký kết hôn' } });
    expect(service['cpsv:produces'][0]).toMatchObject({ '@type': 'cv:Output', 'dct:identifier': 'KQ.G15.000032' });
    expect(service['cv:hasChannel'].length).toBe(3);
    expect(doc['@graph'].every((s: { 'cv:sector': { '@value': string } }) => s['cv:sector']['@value'] === 'Hộ tịch')).toBe(true);
  });
});
