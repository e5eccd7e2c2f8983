import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations, startSystem, type RunningSystem } from './harness.ts';
import { openSignedIn, settle } from './helpers.ts';

/**
 * The internal workflow of the demo journey's procedure (1.000426, 5 working days): the control officer
 * stretches a step past the legal limit and is refused, fixes it and submits; the department's leader approves.
 */
describe('internal workflows in a real browser', () => {
  let sys: RunningSystem;
  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(() => sys?.stop());

  const appraisalBudget = (page: Page) => page.getByTestId('workflow-step-editor').nth(2).getByLabel('Thời gian', { exact: true });

  let workflowUrl = '';

  it('refuses a draft whose step budgets exceed the legal limit, then submits the fixed one', async () => {
    const page = await openSignedIn(sys, 'kiemsoat');
    await page.getByTestId('admin-menu').getByText('Quy trình nội bộ').click();
    await page.getByTestId('workflows-table').waitFor();
    await page.getByTestId('workflows-search').locator('input').fill('1.000426');
    await page.getByTestId('workflows-search').locator('input').press('Enter');
    await page.waitForURL(/q=1\.000426/);
    const link = page.getByTestId('workflow-link').filter({ hasText: 'Cấp thẻ tư vấn viên pháp luật' });
    await link.waitFor();
    expect(await page.getByTestId('workflows-table').getByTestId('workflow-status').first().textContent()).toBe('Đang áp dụng');
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);
    await link.click();

    await page.getByTestId('workflow-page').waitFor();
    workflowUrl = page.url();
    expect(await page.getByTestId('workflow-legal-limit').textContent()).toBe('5 ngày làm việc');
    const approved = page.getByTestId('workflow-approved-diagram');
    expect(await approved.getByTestId('workflow-diagram-step').count()).toBe(7);
    expect(await approved.locator('figcaption').textContent()).toContain('7 bước, tổng 5 ngày làm việc');
    // Send-backs from approval and signature go back to appraisal: two dashed arrows.
    expect(await approved.getByTestId('workflow-diagram-sendback').count()).toBe(2);
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('workflow-edit').click();
    await page.getByTestId('workflow-editor').waitFor();
    await appraisalBudget(page).fill('4');
    const check = page.getByTestId('workflow-check');
    await expect.poll(() => check.getAttribute('data-ok')).toBe('false');
    expect(await page.getByTestId('workflow-check-total').textContent()).toBe('Tổng thời gian các bước: 7 ngày làm việc / thời hạn 5 ngày làm việc');
    expect(await page.getByTestId('workflow-check-error').first().textContent()).toContain('vượt thời hạn giải quyết theo quy định (5 ngày làm việc)');
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);

    // Submitting anyway: the draft is saved, the server refuses it with the same reason.
    await page.getByTestId('workflow-submit').click();
    const refusal = page.getByTestId('workflow-editor-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Quy trình chưa gửi duyệt được');
    expect(await page.getByTestId('workflow-step-editor').filter({ has: page.getByTestId('step-problems') }).count()).toBeGreaterThan(0);

    await appraisalBudget(page).fill('2');
    await expect.poll(() => check.getAttribute('data-ok')).toBe('true');
    expect(await page.getByTestId('workflow-check-total').textContent()).toBe('Tổng thời gian các bước: 5 ngày làm việc / thời hạn 5 ngày làm việc');
    await page.locator('#workflow-change-note').fill('Rà soát lại thời gian thẩm định');
    await page.getByTestId('workflow-submit').click();

    const pending = page.getByTestId('workflow-pending');
    await pending.waitFor();
    expect(await pending.getByRole('heading').first().textContent()).toBe('Phiên bản 2 — Chờ phê duyệt');
    expect(await pending.getByTestId('workflow-diagram-step').count()).toBe(7);
    // Version 1 is still the one in use until the leader decides.
    expect(await page.getByTestId('workflow-approved').getByRole('heading').first().textContent()).toBe('Phiên bản đang áp dụng (phiên bản 1)');
    expect(await page.getByTestId('workflow-decision').count()).toBe(0);
    await page.context().close();
  });

  it('lets the department leader approve the submitted version, which becomes the one in use', async () => {
    const page = await openSignedIn(sys, 'lanhdao');
    await page.goto(workflowUrl);
    await page.getByTestId('workflow-decision').waitFor();
    expect(await page.getByTestId('workflow-edit').count()).toBe(0);
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#workflow-approve-note').fill('Đồng ý');
    await page.getByTestId('workflow-approve').click();

    const approved = page.getByTestId('workflow-approved');
    await expect.poll(() => approved.getByRole('heading').first().textContent()).toBe('Phiên bản đang áp dụng (phiên bản 2)');
    expect(await page.getByTestId('workflow-pending').count()).toBe(0);
    const steps = approved.getByTestId('workflow-diagram-step');
    expect(await steps.count()).toBe(7);
    expect(await steps.nth(2).textContent()).toContain('Chuyên viên xử lý');
    expect(await steps.nth(2).getByTestId('workflow-diagram-budget').textContent()).toBe('2 ngày làm việc');
    expect(await steps.nth(3).textContent()).toContain('Lãnh đạo');
    expect(await approved.textContent()).toContain('Hoàng Văn Phê Duyệt');

    const history = page.getByTestId('workflow-versions-table');
    expect(await history.getByTestId('workflow-status').allTextContents()).toEqual(['Đang áp dụng', 'Đã thay thế']);
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
