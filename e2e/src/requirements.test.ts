import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations, startSystem, type RunningSystem } from './harness.ts';
import { openSignedIn } from './helpers.ts';

const BIRTH = '1.001193';
const RE_REGISTRATION = '1.004884';
const POWER_OF_ATTORNEY_QUESTION = 'Có ủy quyền cho người khác thực hiện thủ tục không?';

/**
 * Document requirements as the records write them (issue 12): the commune desk receives a birth registration
 * ticking only what was handed over, the case "ủy quyền" answered yes; the control officer marks a line of another
 * record conditional in the review screen and saves a new version.
 */
describe('cases and conditional documents in a real browser', () => {
  let sys: RunningSystem;

  beforeAll(async () => {
    // The demo's birth registration is as the import classified it: four cases, the paper form in person or by post,
    // the interactive form online.
    sys = await startSystem();
  });
  afterAll(() => sys?.stop());

  const row = (page: Page, position: number) => page.locator(`[data-testid="desk-doc-row"][data-position="${position}"]`);
  const tick = (page: Page, position: number) => row(page, position).getByRole('checkbox').check();

  it('receives a birth registration at the commune desk with the unconditional documents and the power of attorney', async () => {
    const page = await openSignedIn(sys, 'motcuaxa');
    await page.goto(`${sys.baseUrl}/admin/desk/receive`);
    await page.locator('#desk-procedure-search').fill(BIRTH);
    await page.locator('#desk-procedure-search').press('Enter');
    await page.getByTestId('desk-receive-form').waitFor();
    expect(await page.getByTestId('desk-procedure-code').textContent()).toBe(BIRTH);

    // The four cases are asked; the power of attorney is not on the checklist until its case is answered yes.
    const questions = page.getByTestId('desk-cases').getByTestId('case-question');
    await expect.poll(() => questions.count()).toBe(4);
    expect(await row(page, 1).count()).toBe(0);
    // The online interactive form is not asked at the desk; the notes are guidance, not boxes.
    expect(await row(page, 32).count()).toBe(0);
    expect(await row(page, 12).count()).toBe(0);
    expect(await page.getByTestId('desk-notes').first().textContent()).toContain('Lưu ý');
    expect(await page.getByTestId('desk-present').textContent()).toContain('Hộ chiếu/Thẻ căn cước công dân');

    await page.getByTestId('case-switch-uy-quyen').click();
    await row(page, 1).waitFor();
    expect(await row(page, 1).textContent()).toContain(`Bắt buộc (do trường hợp: ${POWER_OF_ATTORNEY_QUESTION})`);

    // Without the power of attorney, the desk is told it is missing.
    for (const position of [4, 10, 31]) await tick(page, position);
    await page.getByTestId('desk-full-name').fill('Phạm Thị Mai');
    await page.getByTestId('desk-citizen-id').fill('051190001234');
    await page.getByTestId('desk-submit').click();
    await page.getByTestId('desk-missing-required').waitFor();
    expect(await page.getByTestId('desk-missing-required').textContent()).toContain('Văn bản ủy quyền');
    expect(await seriousViolations(page)).toEqual([]);

    await tick(page, 1);
    await page.getByTestId('desk-submit').click();
    await page.getByTestId('desk-received').waitFor();

    // The receipt lists what was received and the case that applied.
    await page.getByTestId('desk-print-receipt').click();
    await page.getByTestId('receipt-sheet').waitFor();
    expect(await page.getByTestId('receipt-documents').locator('tbody tr').count()).toBe(4);
    expect(await page.getByTestId('receipt-cases').textContent()).toBe(`Trường hợp: ${POWER_OF_ATTORNEY_QUESTION}`);
    await page.getByText('Về hồ sơ').click();
    await page.getByTestId('dossier-page').waitFor();
    expect(await page.getByTestId('dossier-applied-cases').textContent()).toBe(POWER_OF_ATTORNEY_QUESTION);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lets the control officer mark a line conditional with its case and save a new version', async () => {
    const procedure = await sys.db.selectFrom('procedures').select(['id', 'current_version_id']).where('code', '=', RE_REGISTRATION).executeTakeFirstOrThrow();
    const page = await openSignedIn(sys, 'kiemsoat');
    await page.goto(`${sys.baseUrl}/admin/catalog/procedures/${procedure.id}`);
    await page.getByTestId('procedure-requirements-link').click();
    await page.getByTestId('procedure-requirements-page').waitFor();
    const table = page.getByTestId('review-table');
    await table.waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Line 10 (the copy of the birth certificate) came in as required; the province asks it only of those who kept one.
    const line = page.locator('[data-testid="review-row"][data-index="9"]');
    expect(await line.getAttribute('data-kind')).toBe('required');
    expect(await line.textContent()).toContain('Bản sao Giấy khai sinh');
    await page.getByTestId('review-edit-case-9').click();
    await page.getByTestId('case-dialog').waitFor();
    await page.getByTestId('case-dialog-key').fill('con-ban-sao-giay-khai-sinh');
    await page.getByTestId('case-dialog-question').fill('Người yêu cầu còn giữ bản sao Giấy khai sinh?');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('case-dialog-ok').click();
    await page.getByTestId('case-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => line.getAttribute('data-kind')).toBe('conditional');
    expect(await line.textContent()).toContain('Đã sửa');
    expect(await page.getByTestId('review-case-key-9').textContent()).toBe('con-ban-sao-giay-khai-sinh');

    await page.getByTestId('review-save').click();
    await expect.poll(async () => (await sys.db.selectFrom('procedures').select('latest_version_number').where('id', '=', procedure.id).executeTakeFirstOrThrow()).latest_version_number).toBe(2);
    // After the save the table shows the new version as stored.
    await expect.poll(() => page.locator('[data-testid="review-row"][data-index="9"]').getAttribute('data-kind')).toBe('conditional');
    const stored = await sys.db
      .selectFrom('variant_documents')
      .innerJoin('procedure_variants', 'procedure_variants.id', 'variant_documents.variant_id')
      .innerJoin('procedure_versions', 'procedure_versions.id', 'procedure_variants.version_id')
      .select(['variant_documents.kind', 'variant_documents.case_key', 'variant_documents.case_question', 'variant_documents.classified_by'])
      .where('procedure_versions.procedure_id', '=', procedure.id)
      .where('procedure_versions.number', '=', 2)
      .where('variant_documents.position', '=', 9)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ kind: 'conditional', case_key: 'con-ban-sao-giay-khai-sinh', case_question: 'Người yêu cầu còn giữ bản sao Giấy khai sinh?', classified_by: null });
    await page.context().close();
  });
});
