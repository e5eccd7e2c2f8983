import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations, startSystem, type RunningSystem } from './harness.ts';
import { openSignedIn } from './helpers.ts';

const BIRTH = '1.001193';
const RE_REGISTRATION = '1.004884';
const POWER_OF_ATTORNEY_QUESTION = 'Có ủy quyền cho người khác đi đăng ký khai sinh không?';

/**
 * Document requirements as the records write them (issue 12): the commune desk receives a birth registration
 * ticking only what was handed over, the case "ủy quyền" answered yes; the control officer marks a line of another
 * record conditional in the review screen and saves a new version.
 */
describe('cases and conditional documents in a real browser', () => {
  let sys: RunningSystem;

  /** The birth registration's lines as the control officer classified them (position → kind, case, channels). */
  async function classifyBirthRegistration() {
    const p = await sys.db.selectFrom('procedures').select(['current_version_id']).where('code', '=', BIRTH).executeTakeFirstOrThrow();
    const variant = await sys.db.selectFrom('procedure_variants').select('id').where('version_id', '=', p.current_version_id!).where('key', '=', 'v1').executeTakeFirstOrThrow();
    const set = (position: number, values: Record<string, unknown>) =>
      sys.db.updateTable('variant_documents').set({ classified_by: null, ...values }).where('variant_id', '=', variant.id).where('position', '=', position).execute();
    const conditional = (key: string, question: string) => ({ kind: 'conditional', required: 0, case_key: key, case_question: question });
    await set(0, conditional('bo-roi', 'Trẻ em bị bỏ rơi?'));
    await set(1, conditional('uy-quyen', POWER_OF_ATTORNEY_QUESTION));
    await set(3, conditional('mang-thai-ho', 'Trẻ sinh ra do mang thai hộ?'));
    await set(6, conditional('cu-tru', 'Không khai thác được thông tin về nơi cư trú?'));
    await set(31, { kind: 'required', required: 1, channels: 'in_person,postal' });
    await set(32, { kind: 'required', required: 1, channels: 'online' });
  }

  beforeAll(async () => {
    sys = await startSystem();
    await classifyBirthRegistration();
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

    // Line 12 ("Văn bản ủy quyền … trong trường hợp ủy quyền …") came in as required.
    const line = page.locator('[data-testid="review-row"][data-index="11"]');
    expect(await line.getAttribute('data-kind')).toBe('required');
    expect(await line.textContent()).toContain('Văn bản ủy quyền');
    await page.getByTestId('review-edit-case-11').click();
    await page.getByTestId('case-dialog').waitFor();
    await page.getByTestId('case-dialog-key').fill('uy-quyen');
    await page.getByTestId('case-dialog-question').fill('Có ủy quyền cho người khác đi đăng ký không?');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('case-dialog-ok').click();
    await page.getByTestId('case-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => line.getAttribute('data-kind')).toBe('conditional');
    expect(await line.textContent()).toContain('Đã sửa');
    expect(await page.getByTestId('review-case-key-11').textContent()).toBe('uy-quyen');

    await page.getByTestId('review-save').click();
    await expect.poll(async () => (await sys.db.selectFrom('procedures').select('latest_version_number').where('id', '=', procedure.id).executeTakeFirstOrThrow()).latest_version_number).toBe(2);
    // After the save the table shows the new version as stored.
    await expect.poll(() => page.locator('[data-testid="review-row"][data-index="11"]').getAttribute('data-kind')).toBe('conditional');
    const stored = await sys.db
      .selectFrom('variant_documents')
      .innerJoin('procedure_variants', 'procedure_variants.id', 'variant_documents.variant_id')
      .innerJoin('procedure_versions', 'procedure_versions.id', 'procedure_variants.version_id')
      .select(['variant_documents.kind', 'variant_documents.case_key', 'variant_documents.case_question', 'variant_documents.classified_by'])
      .where('procedure_versions.procedure_id', '=', procedure.id)
      .where('procedure_versions.number', '=', 2)
      .where('variant_documents.position', '=', 11)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ kind: 'conditional', case_key: 'uy-quyen', case_question: 'Có ủy quyền cho người khác đi đăng ký không?', classified_by: null });
    await page.context().close();
  });
});
