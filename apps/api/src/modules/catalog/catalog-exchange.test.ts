import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { adoptAll, catalogWorld, importFixtures, type CatalogWorld } from './catalog.test-support.ts';

describe.each(testEngines())('catalog import and export formats on %s', (engine) => {
  let t: TestApp;
  let w: CatalogWorld;
  let exported: Record<string, unknown>[];

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await catalogWorld(t);
    await importFixtures(t);
    await adoptAll(t);
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
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Thủ tục', 'Thành phần hồ sơ', 'Phí, lệ phí', 'Trường hợp']);
    const sheet = wb.getWorksheet('Thủ tục')!;
    const codes = sheet.getColumn(1).values.slice(2);
    expect(codes).toContain('1.000894');
    expect(codes).not.toContain('1.008904');
    expect(wb.getWorksheet('Thành phần hồ sơ')!.rowCount).toBeGreaterThan(10);
  });

  const upload = (session: { headers: Record<string, string> }, bytes: Buffer, filename = 'danh-muc.xlsx') => {
    const boundary = '----motcua-xlsx';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`),
      bytes, Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return t.app.inject({ method: 'POST', url: '/api/catalog/import/procedures.xlsx', payload, headers: { ...session.headers, 'content-type': `multipart/form-data; boundary=${boundary}` } });
  };

  it('imports an edited Excel export: the renamed procedure gets a new draft version, the others none', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/catalog/export/procedures.xlsx?scope=all', headers: w.control.headers });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const same = await upload(w.control, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(same.statusCode).toBe(200);
    const total = same.json().total;
    expect(same.json()).toMatchObject({ created: 0, updated: 0, failed: 0, unchanged: total });

    const sheet = wb.getWorksheet('Thủ tục')!;
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === '1.008904')!;
    row.getCell(2).value = 'Tên mới sửa trong Excel';
    const before = (await t.app.inject({ method: 'GET', url: '/api/catalog/procedures?q=1.008904', headers: w.control.headers })).json().items[0];
    const versions = async () => (await t.app.inject({ method: 'GET', url: `/api/catalog/procedures/${before.id}/versions`, headers: w.control.headers })).json().items;
    const countBefore = (await versions()).length;

    const changed = await upload(w.control, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ total, created: 0, updated: 1, unchanged: total - 1, failed: 0 });
    expect(changed.json().records.find((r: { code: string }) => r.code === '1.008904').outcome).toBe('updated');
    expect(await versions()).toHaveLength(countBefore + 1);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/catalog/procedures/${before.id}`, headers: w.control.headers })).json();
    expect(detail.name).toBe('Tên mới sửa trong Excel');

    // Unreadable cells are reported by sheet, row and column; that record is not imported.
    row.getCell(2).value = 'Tên khác';
    const docs = wb.getWorksheet('Thành phần hồ sơ')!;
    const docRow = docs.getRows(2, docs.rowCount - 1)!.find((r) => r.getCell(1).value === '1.008904')!;
    docRow.getCell(4).value = 'hai';
    const bad = (await upload(w.control, Buffer.from(await wb.xlsx.writeBuffer()))).json();
    expect(bad).toMatchObject({ updated: 0, failed: 1 });
    const issue = bad.records.find((r: { code: string }) => r.code === '1.008904');
    expect(issue.outcome).toBe('failed');
    expect(issue.issues[0]).toMatchObject({ field: `Thành phần hồ sơ!D${docRow.number}` });
    expect(issue.issues[0].message).toContain(`Dòng ${docRow.number}`);
    expect(await versions()).toHaveLength(countBefore + 1);
  });

  it('refuses a file that is not an xlsx whatever its name (415), and users without catalog.manage (403)', async () => {
    const text = await upload(w.control, Buffer.from('MATTHC;TENTTHC\n1.000894;Giả mạo\n'), 'gia-mao.xlsx');
    expect(text.statusCode).toBe(415);
    expect(text.json().code).toBe('UNSUPPORTED_FILE_TYPE');
    const forbidden = await upload(w.desk, Buffer.from('PK\x03\x04'));
    expect(forbidden.statusCode).toBe(403);
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
