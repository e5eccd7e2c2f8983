import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNationalPackage } from '../../apps/api/src/modules/catalog/import/national-package.ts';
import type { ProcedureRecord } from '../../apps/api/src/modules/catalog/procedure-record.ts';
import { startSystem, seriousViolations, type RunningSystem } from './harness.ts';
import { openSignedIn, settle } from './helpers.ts';

const DEMO = new URL('../../apps/api/src/seed/catalog-demo-procedures.json', import.meta.url);
const NEW_STEPS = 'Người đề nghị nộp hồ sơ trực tuyến, trực tiếp hoặc qua bưu chính đến Sở Tư pháp; trong 05 ngày làm việc Sở Tư pháp cấp Thẻ.';

/**
 * The demo province published 1.000426 on its desk lists and added an e-form. The control officer imports the
 * ministry's new version as a national package: it waits for review, keeps the e-form, and becomes public
 * only when accepted.
 */
describe('a new national version of a procedure the province published, in a real browser', () => {
  let sys: RunningSystem;
  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(() => sys?.stop());

  it('is imported, reviewed with its differences and accepted without losing the province e-form', async () => {
    const all = JSON.parse(await readFile(DEMO, 'utf8')) as { decisionNumber: string; record: ProcedureRecord }[];
    const demo = all.find((p) => p.record.code === '1.000426')!;
    const json = JSON.stringify([toNationalPackage({ ...demo.record, steps: NEW_STEPS }, { decisionNumber: demo.decisionNumber })]);

    const page = await openSignedIn(sys, 'kiemsoat');
    await page.goto(`${sys.baseUrl}/admin/catalog/import-export`);
    await page.locator('input[type=file]').setInputFiles({ name: 'goi-thu-tuc-quoc-gia.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await page.getByTestId('import-report').waitFor();
    await page.getByTestId('import-pending-review').click();

    await page.getByTestId('national-updates-table').waitFor();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Cập nhật từ CSDL quốc gia (1 chờ xem xét)');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('national-update-link').filter({ hasText: '1.000426' }).click();

    await page.getByTestId('national-update-page').waitFor();
    expect(await page.getByTestId('national-update-kept').textContent()).toContain('eForm');
    const diffs = page.getByTestId('version-diff-table');
    await expect.poll(() => diffs.first().textContent()).toContain('steps');
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);

    const before = await (await page.request.get(`${sys.baseUrl}/api/procedures/1.000426`)).json();
    expect(before.steps).not.toBe(NEW_STEPS);

    await page.getByTestId('national-update-accept').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Chấp nhận và công bố' }).click();
    await page.getByText('Đã công bố phiên bản hợp nhất').waitFor();

    const after = await (await page.request.get(`${sys.baseUrl}/api/procedures/1.000426`)).json();
    expect(after.steps).toBe(NEW_STEPS);
    expect(after.variants[0].key).toBe('v1');
    expect(after.variants[0].eForm.title).toBe('Giấy đề nghị cấp Thẻ tư vấn viên pháp luật');
    await page.context().close();
  });
});
