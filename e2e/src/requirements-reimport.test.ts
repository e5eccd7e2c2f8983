import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNationalPackage } from '../../apps/api/src/modules/catalog/import/national-package.ts';
import type { ProcedureRecord } from '../../apps/api/src/modules/catalog/procedure-record.ts';
import { startSystem, seriousViolations, type RunningSystem } from './harness.ts';
import { openSignedIn, settle } from './helpers.ts';

const DEMO = new URL('../../apps/api/src/seed/catalog-demo-procedures.json', import.meta.url);
const CODE = '1.000426';
const NEW_STEPS = 'Người đề nghị nộp hồ sơ trực tuyến, trực tiếp hoặc qua bưu chính đến Sở Tư pháp; trong 05 ngày làm việc Sở Tư pháp cấp Thẻ.';
/** Line 3 of the record, "Bản sao Bằng cử nhân luật", which the ministry lists as required. */
const LINE = 2;
const CASE_KEY = 'bang-nuoc-ngoai';
const CASE_QUESTION = 'Bằng cử nhân luật do cơ sở đào tạo nước ngoài cấp?';

interface PublicDocument { position: number; name: string; kind: string; required: boolean; caseKey: string | null; caseQuestion: string | null }

/**
 * Corrections survive re-imports (issue 12): the control officer marks a line of a published record conditional
 * with a new case in the review screen and saves; the ministry's national file of the same procedure is then imported
 * again with other steps, its update accepted, and the line is still conditional with its case.
 */
describe('a requirement correction survives a re-import of the national file, in a real browser', () => {
  let sys: RunningSystem;
  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(() => sys?.stop());

  const row = (page: Page) => page.locator(`[data-testid="review-row"][data-index="${LINE}"]`);

  async function openReview(page: Page, procedureId: string): Promise<void> {
    await page.goto(`${sys.baseUrl}/admin/catalog/procedures/${procedureId}/requirements`);
    await page.getByTestId('procedure-requirements-page').waitFor();
    await page.getByTestId('review-table').waitFor();
  }

  it('marks a line conditional, re-imports the national file, accepts the update and keeps the edit', async () => {
    const procedure = await sys.db.selectFrom('procedures').select(['id']).where('code', '=', CODE).executeTakeFirstOrThrow();
    const page = await openSignedIn(sys, 'kiemsoat');
    await openReview(page, procedure.id);
    expect(await row(page).getAttribute('data-kind')).toBe('required');
    expect(await row(page).textContent()).toContain('Bản sao Bằng cử nhân luật');

    await page.getByTestId(`review-edit-case-${LINE}`).click();
    await page.getByTestId('case-dialog').waitFor();
    await page.getByTestId('case-dialog-key').fill(CASE_KEY);
    await page.getByTestId('case-dialog-question').fill(CASE_QUESTION);
    await page.getByTestId('case-dialog-ok').click();
    await page.getByTestId('case-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => row(page).getAttribute('data-kind')).toBe('conditional');
    expect(await page.getByTestId(`review-case-key-${LINE}`).textContent()).toBe(CASE_KEY);
    await page.getByTestId('review-save').click();
    await expect.poll(async () => (await sys.db.selectFrom('procedures').select('latest_version_number').where('id', '=', procedure.id).executeTakeFirstOrThrow()).latest_version_number).toBe(2);
    // The saved version shows in the review screen (it becomes public with the next publication).
    await expect.poll(() => row(page).getAttribute('data-kind')).toBe('conditional');
    expect(await row(page).textContent()).toContain(CASE_QUESTION);

    // The ministry's file of the same procedure, with other steps, imported in the back office.
    const all = JSON.parse(await readFile(DEMO, 'utf8')) as { decisionNumber: string; record: ProcedureRecord }[];
    const demo = all.find((p) => p.record.code === CODE)!;
    const json = JSON.stringify([toNationalPackage({ ...demo.record, steps: NEW_STEPS }, { decisionNumber: demo.decisionNumber })]);
    await page.goto(`${sys.baseUrl}/admin/catalog/import-export`);
    await page.locator('input[type=file]').setInputFiles({ name: 'goi-thu-tuc-quoc-gia.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await page.getByTestId('import-report').waitFor();
    await page.getByTestId('import-pending-review').click();
    await page.getByTestId('national-updates-table').waitFor();
    await page.getByTestId('national-update-link').filter({ hasText: CODE }).click();
    await page.getByTestId('national-update-page').waitFor();
    await expect.poll(() => page.getByTestId('version-diff-table').first().textContent()).toContain('steps');
    // Before it takes effect, the officer is told the province's documents are carried forward.
    expect(await page.getByTestId('national-update-kept').textContent()).toMatch(/variants\[.+\]\.documents/);
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('national-update-accept').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Chấp nhận và công bố' }).click();
    await page.getByText('Đã công bố phiên bản hợp nhất').waitFor();

    // Public page: the new steps, and the line still conditional with its case.
    const after = await (await page.request.get(`${sys.baseUrl}/api/procedures/${CODE}`)).json() as { steps: string; variants: { documents: PublicDocument[] }[] };
    expect(after.steps).toBe(NEW_STEPS);
    expect(after.variants[0]!.documents.find((d) => d.position === LINE)).toMatchObject({ name: 'Bản sao Bằng cử nhân luật', kind: 'conditional', required: false, caseKey: CASE_KEY, caseQuestion: CASE_QUESTION });

    // Review screen: the same.
    await openReview(page, procedure.id);
    expect(await row(page).getAttribute('data-kind')).toBe('conditional');
    expect(await page.getByTestId(`review-case-key-${LINE}`).textContent()).toBe(CASE_KEY);
    expect(await row(page).textContent()).toContain(CASE_QUESTION);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
