import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations, startSystem, type RunningSystem } from './harness.ts';
import { openSignedIn, settle } from './helpers.ts';

const QUESTION = 'Có ủy quyền cho người khác nộp hồ sơ?';
const CONDITIONAL = 'Họ, chữ đệm, tên người được ủy quyền';

async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/** In the preview (the portal's own renderer): the conditional field shows only once "Có" is chosen. */
async function previewFollowsCondition(page: Page): Promise<void> {
  const preview = page.getByTestId('efb-preview');
  await preview.waitFor();
  const conditional = preview.getByText(CONDITIONAL);
  expect(await preview.getByText(QUESTION).count()).toBe(1);
  expect(await conditional.count()).toBe(0);
  await preview.getByRole('radio', { name: 'Có' }).check();
  await conditional.first().waitFor();
  await preview.getByRole('radio', { name: 'Không' }).check();
  await conditional.first().waitFor({ state: 'detached' });
  await preview.getByRole('radio', { name: 'Có' }).check();
  await conditional.first().waitFor();
  // The field is required when shown: trying the checks names it.
  await page.getByTestId('efb-preview-check').click();
  await expect.poll(() => preview.locator('.ant-form-item-explain-error').allTextContents()).toContain('Bắt buộc nhập');
}

/** The control officer designs a small e-form with a condition in the variant editor, tries it, saves it and finds it again. */
describe('the e-form designer in a real browser', () => {
  let sys: RunningSystem;
  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(() => sys?.stop());

  // axe over the whole variant editor takes a while on a busy machine.
  it('builds a form with a conditional field, previews it with the portal renderer, saves it and reopens it', { timeout: 180_000 }, async () => {
    const page = await openSignedIn(sys, 'kiemsoat');
    await page.getByTestId('admin-menu').getByText('Thủ tục hành chính').click();
    await page.getByTestId('admin-procedures-table').waitFor();
    await page.getByTestId('admin-procedures-search').locator('input').fill('dang ky khai tu luu dong');
    await page.getByTestId('admin-procedures-search').locator('input').press('Enter');
    const link = page.getByTestId('admin-procedure-link').filter({ hasText: /^Thủ tục đăng ký khai tử lưu động$/ });
    await link.waitFor();
    await link.click();
    await page.getByTestId('procedure-edit-page').waitFor();
    await page.getByRole('tab', { name: /^Trường hợp/ }).click();

    await page.getByTestId('variant-edit').first().click();
    const editor = page.getByTestId('variant-editor');
    await editor.waitFor();
    await settle(page);
    await page.getByTestId('efb-create').click();
    await page.getByTestId('efb-form-title').fill('Tờ khai đăng ký khai tử lưu động');
    await page.getByTestId('efb-add-field').click();
    await page.getByTestId('efb-item-0-label').fill(QUESTION);
    await choose(page, 'efb-item-0-kind', 'Có / Không');
    await page.getByTestId('efb-item-0-required').click();
    await page.getByTestId('efb-add-field').click();
    await page.getByTestId('efb-item-1-label').fill(CONDITIONAL);
    await page.getByTestId('efb-item-1-key').fill('agentName');
    await page.getByTestId('efb-item-1-required').click();
    await choose(page, 'efb-item-1-condition-field', QUESTION);
    await choose(page, 'efb-item-1-condition-value', 'Có');
    expect(await page.getByTestId('efb-problems').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await editor.getByRole('tab', { name: 'Xem trước' }).click();
    await previewFollowsCondition(page);

    // What is stored is plain JSON Schema: the condition is an if/then.
    await editor.getByRole('tab', { name: 'JSON' }).click();
    const json = JSON.parse(await page.getByTestId('variant-eform').inputValue()) as Record<string, unknown>;
    expect(json.allOf).toEqual([{ if: { properties: { truong1: { const: true } }, required: ['truong1'] }, then: { properties: { agentName: { type: 'string', title: CONDITIONAL } }, required: ['agentName'] } }]);

    await page.getByTestId('variant-save').click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('Đã lưu');
    await editor.waitFor({ state: 'detached' });

    // Opened again, the saved form reads back into the designer, condition included, and previews the same way.
    await page.getByTestId('variant-edit').first().click();
    await editor.waitFor();
    await page.getByTestId('efb-item-1-label').waitFor();
    expect(await page.getByTestId('efb-item-1-label').inputValue()).toBe(CONDITIONAL);
    expect(await page.getByTestId('efb-item-1-condition-field').textContent()).toContain(QUESTION);
    expect(await page.getByTestId('efb-item-1-condition-value').textContent()).toContain('Có');
    await editor.getByRole('tab', { name: 'Xem trước' }).click();
    await previewFollowsCondition(page);
    await page.context().close();
  });
});
