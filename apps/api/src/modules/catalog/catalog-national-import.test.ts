import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportReport } from '@motcua/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { importFolder } from './import/import-folder.ts';
import { adoptAll } from './catalog.test-support.ts';

/**
 * The 2,378 national records live beside the repository (`../shared/data/national-procedures`, as on CI); a git
 * worktree sits deeper, so look in the parents of the repository too.
 */
function nationalRecordsFolder(): string {
  let dir = fileURLToPath(new URL('../../../../../', import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, '..', 'shared', 'data', 'national-procedures');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('The national records are missing: expected ../shared/data/national-procedures beside the repository');
}

type Detail = Record<string, any>;

describe.each(testEngines())('the whole national catalog, imported and shown, on %s', (engine) => {
  let t: TestApp;
  let report: ImportReport;
  const pages = new Map<string, Detail>();

  beforeAll(async () => {
    // Thousands of public pages from one address: lift the public rate limit for this test.
    t = await createTestApp(engine, { PUBLIC_RATE_PER_MINUTE: '1000000' });
    report = await importFolder(t.ctx, nationalRecordsFolder(), { publish: true, actor: { kind: 'system', id: null } });
    // Every record adopted, so that every one has a public page.
    await adoptAll(t, []);
  }, 240_000);
  afterAll(() => t.close());

  it('imports every one of the 2,378 records, none refused', () => {
    expect(report).toMatchObject({ total: 2378, created: 2378, failed: 0 });
  });

  it('answers every public procedure page with the version in force and all its variants', async () => {
    const failures: string[] = [];
    const open = async (code: string) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/procedures/${encodeURIComponent(code)}` });
      if (res.statusCode !== 200) return failures.push(`${code}: ${res.statusCode}`);
      const page = res.json() as Detail;
      if (page.version.number !== 1 || page.variants.length === 0) failures.push(`${code}: version ${page.version.number}, ${page.variants.length} variants`);
      pages.set(code, page);
    };
    // A few pages in flight at once, as visitors would load them.
    const codes = report.records.map((r) => r.code);
    for (let i = 0; i < codes.length; i += 8) await Promise.all(codes.slice(i, i + 8).map(open));
    expect(failures).toEqual([]);
    expect(pages.size).toBe(2378);
  }, 240_000);

  it('shows long legal texts whole', () => {
    // Conditions of the State Bank's emulation awards: the longest text of the national records (about 44,600 characters).
    const awards = pages.get('2.001538')!;
    expect(awards.conditions.length).toBeGreaterThan(44_000);
    expect(awards.conditions.startsWith('(i) Đối với trường hợp đề nghị khen thưởng “Chiến sĩ thi đua ngành Ngân hàng”:')).toBe(true);
    expect(awards.conditions.endsWith('thực hiện từ 05 năm trở lên khi sơ kết, tổng kết phong trào.')).toBe(true);

    // Inter-country adoption: an in-person channel description of more than 4,000 characters (used to answer 500).
    const adoption = pages.get('1.003976')!.variants[0].channels.find((c: { channel: string }) => c.channel === 'in_person');
    expect(adoption.description.length).toBeGreaterThan(4_500);
    expect(adoption.description.startsWith('1. Cách thức thực hiện - Hồ sơ của người được nhận làm con nuôi: Cơ sở nuôi dưỡng')).toBe(true);
    expect(adoption.description.endsWith('thể có mặt tại lễ giao nhận con nuôi đúng thời hạn 60 ngày.')).toBe(true);

    // Building permit for special-grade to grade II works: land documents listed in one name of about 4,500 characters.
    const permit = pages.get('1.013236')!;
    expect(permit.name.startsWith('Cấp giấy phép xây dựng mới công trình cấp đặc biệt, cấp I, cấp II')).toBe(true);
    const land = permit.variants.flatMap((v: { documents: { name: string }[] }) => v.documents).find((d: { name: string }) => d.name.startsWith('Một trong những giấy tờ hợp pháp về đất đai chứng minh sự phù hợp mục đích sử dụng đất'));
    expect(land.name.length).toBeGreaterThan(4_500);
    expect(land.name.endsWith('Các giấy tờ hợp pháp khác theo quy định của pháp luật về đất đai. .')).toBe(true);

    // A procedure name of 1,094 characters, and a case (variant) heading of 1,300 that the import used to cut at 1,000.
    const landChange = pages.get('1.013980')!;
    expect(landChange.name).toHaveLength(1094);
    expect(landChange.name.endsWith('nợ xấu của tổ chức tín dụng, chi nhánh ngân hàng nước ngoài')).toBe(true);
    const recovery = pages.get('1.014256')!.variants[3];
    expect(recovery.name).toHaveLength(1300);
    expect(recovery.name.endsWith('hầu thi công hoạt động nạo vét trên cơ sở chấp thuận của chủ đầu tư, nhà đầu tư)')).toBe(true);
  });
});
