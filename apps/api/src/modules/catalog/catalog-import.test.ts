import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { adoptAll, importFixtures, nationalFixtures } from './catalog.test-support.ts';

describe.each(testEngines())('importing national procedure records on %s', (engine) => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    dir = mkdtempSync(join(tmpdir(), 'motcua-import-'));
    cpSync(nationalFixtures, dir, { recursive: true });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports every record of the folder and publishes it under its ministry decision', async () => {
    const report = await importFixtures(t, dir);
    expect(report).toMatchObject({ total: 9, created: 9, updated: 0, unchanged: 0, failed: 0 });
    // Published under its ministry's decision, a national record is not yet the province's: no public page.
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/1.000894' })).statusCode).toBe(404);
    await adoptAll(t);
    const res = await t.app.inject({ method: 'GET', url: '/api/procedures/1.000894' });
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ code: '1.000894', name: 'Thủ tục đăng ký kết hôn', status: 'published', levels: ['commune'], subjects: ['citizen'], sector: { code: 'ho-tich', name: 'Hộ tịch' } });
    expect(p.decision).toMatchObject({ number: '163/QĐ-BTP', issuerLevel: 'ministry' });
    expect(p.results).toEqual([{ name: 'Giấy chứng nhận kết hôn', code: 'KQ.G15.000032' }]);
    expect(p.legalBasis.map((b: { number: string }) => b.number)).toContain('123/2015/NĐ-CP');
  });

  it('parses the channel table into time limits and fees per channel', async () => {
    const p = (await t.app.inject({ method: 'GET', url: '/api/procedures/1.008904' })).json();
    const variant = p.variants[0];
    expect(variant.timeLimit).toEqual({ value: 3, unit: 'working_days' });
    expect(variant.channels.map((c: { channel: string }) => c.channel)).toEqual(['in_person', 'online', 'postal']);
    expect(variant.fees.find((f: { channel: string }) => f.channel === 'in_person')).toMatchObject({ kind: 'amount', amount: 4_000_000 });
    const council = (await t.app.inject({ method: 'GET', url: '/api/procedures/2.000806' })).json();
    expect(council.variants[0].fees[0]).toMatchObject({ kind: 'set_by_council' });
    expect(council.variants[0].fees[0].exemptions).toContain('Miễn lệ phí cho người thuộc gia đình có công');
  });

  it('parses documents with their originals, copies, form files and the cases (variants) they belong to', async () => {
    const mine = (await t.app.inject({ method: 'GET', url: '/api/procedures/1.014250' })).json();
    expect(mine.variants).toHaveLength(2);
    expect(mine.variants[0].name).toMatch(/^Trường hợp giấy phép khai thác khoáng sản chấm dứt hiệu lực/);
    const map = mine.variants[1].documents[0];
    expect(map).toMatchObject({ name: 'Bản đồ khu vực đóng cửa mỏ khoáng sản', originals: 1, copies: 0, required: true, formTemplate: { name: 'Mau 09-Phu luc_39.2025.TT-BNNMT_02.7.2025.docx' } });
    const tax = (await t.app.inject({ method: 'GET', url: '/api/procedures/1.007689' })).json();
    expect(tax.variants[0].documents[0]).toMatchObject({ originals: 1, copies: 1, formTemplate: { name: '01 BĐS.docx' } });
    const marriage = (await t.app.inject({ method: 'GET', url: '/api/procedures/1.000593' })).json();
    expect(marriage.variants[0].documents.some((d: { group: string }) => d.group === 'present')).toBe(true);
  });

  it('reports per record what could not be parsed', async () => {
    const report = await importFixtures(t, dir);
    const customs = report.records.find((r) => r.code === '1.000014')!;
    expect(customs.issues.map((i) => i.message)).toContain('online: thời hạn không ghi đơn vị, coi là ngày làm việc');
    const tax = report.records.find((r) => r.code === '1.007689')!;
    expect(tax.issues).toContainEqual(expect.objectContaining({ field: 'cach_thuc_thuc_hien', message: 'Không nhận ra cách thức thực hiện' }));
    expect(report.fields.cach_thuc_thuc_hien).toMatchObject({ present: 9, unparsed: 1 });
    expect(report.fields.cap_thuc_hien).toMatchObject({ present: 9, parsed: 9 });
  });

  it('is idempotent by code: a second import changes nothing and duplicates nothing', async () => {
    const report = await importFixtures(t, dir);
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 9 });
    const procedures = await t.ctx.db.selectFrom('procedures').select('code').execute();
    expect(procedures).toHaveLength(9);
    const versions = await t.ctx.db.selectFrom('procedure_versions').select('id').execute();
    expect(versions).toHaveLength(9);
  });

  it('holds a changed record of an adopted procedure for review: a new working version, the public one unchanged', async () => {
    const file = join(dir, 'bo-tu-phap--1.000894.json');
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...raw, yeu_cau_dieu_kien: 'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi' }));
    const report = await importFixtures(t, dir);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 8 });
    expect(report.records.find((r) => r.code === '1.000894')).toMatchObject({ outcome: 'updated', pendingReview: true });
    const p = (await t.app.inject({ method: 'GET', url: '/api/procedures/1.000894' })).json();
    expect(p).toMatchObject({ status: 'published', version: { number: 1 }, conditions: null });
    const pending = await t.ctx.db
      .selectFrom('national_updates')
      .innerJoin('procedures', 'procedures.id', 'national_updates.procedure_id')
      .innerJoin('procedure_versions', 'procedure_versions.id', 'national_updates.merged_version_id')
      .select(['national_updates.status', 'procedure_versions.conditions', 'procedure_versions.number'])
      .where('procedures.code', '=', '1.000894')
      .execute();
    expect(pending).toEqual([{ status: 'pending', conditions: 'Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi', number: 2 }]);
    expect(p.variants[0].key).toBe('v1');
    const audit = await t.ctx.db.selectFrom('audit_entries').select(['action', 'data']).where('action', '=', 'catalog.imported').execute();
    expect(audit.length).toBe(4);
    expect(JSON.parse(audit.at(-1)!.data)).toMatchObject({ updated: 1, codes: ['1.000894'] });
  });

  it('reports an unreadable file without stopping the others', async () => {
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    const report = await importFixtures(t, dir);
    expect(report.failed).toBe(1);
    expect(report.records.find((r) => r.outcome === 'failed')).toMatchObject({ file: 'broken.json' });
    expect(report.unchanged).toBe(9);
    rmSync(join(dir, 'broken.json'));
  });

  it('does not store a record the contracts could not answer: it is reported, and its page does not exist', async () => {
    const raw = JSON.parse(readFileSync(join(dir, 'bo-tu-phap--1.000894.json'), 'utf8'));
    const table = 'Tên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai đăng ký kết hôn100000 bản chính';
    writeFileSync(join(dir, 'too-many.json'), JSON.stringify({ ...raw, ma_thu_tuc: '1.999999', thanh_phan_ho_so: table }));
    const report = await importFixtures(t, dir);
    rmSync(join(dir, 'too-many.json'));
    expect(report).toMatchObject({ failed: 1, unchanged: 9 });
    const refused = report.records.find((r) => r.code === '1.999999')!;
    expect(refused).toMatchObject({ outcome: 'failed', file: 'too-many.json' });
    expect(refused.issues).toContainEqual(expect.objectContaining({ field: 'variants.0.documents.0.originals', message: expect.stringMatching(/^Không lưu được: /) }));
    expect((await t.app.inject({ method: 'GET', url: '/api/procedures/1.999999' })).statusCode).toBe(404);
  });
});
