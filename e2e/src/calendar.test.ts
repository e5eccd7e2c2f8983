import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, seriousViolations, startSystem, type RunningSystem } from './harness.ts';
import { settle, signIn } from './helpers.ts';

/** Types into an antd date picker the way an officer would, then leaves the field. */
async function typeDateTime(page: Page, testId: string, value: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(value);
  await input.press('Enter');
}

describe('the working calendar in a real browser', () => {
  let sys: RunningSystem;
  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(() => sys?.stop());

  it('computes the due date of the issue example with its explanation, and shows the substitute day in the 2026 calendar', async () => {
    const page = await openPage(sys);
    await signIn(sys, page);

    await page.getByTestId('admin-menu').getByText('Tính ngày hẹn trả').click();
    await page.getByTestId('due-date-page').waitFor();
    expect(await page.title()).toContain('Tính ngày hẹn trả');
    await typeDateTime(page, 'due-date-received-at', '24/04/2026 09:00');
    await page.getByTestId('due-date-limit-value').fill('3');
    await page.getByTestId('due-date-submit').click();

    await expect.poll(() => page.getByTestId('due-date-due').textContent(), { timeout: 15_000 }).toBe('09:00 04/05/2026');
    const timeline = page.getByTestId('due-date-timeline');
    const substitute = timeline.getByTestId('due-date-timeline-skipped_day-2026-04-27');
    expect(await substitute.textContent()).toContain('27/04/2026');
    expect(await substitute.textContent()).toContain('Nghỉ bù');
    expect(await substitute.textContent()).toContain('CV 9859/VPCP-KGVX');
    expect(await timeline.getByTestId('due-date-timeline-counted_day-2026-04-28').textContent()).toBe('Ngày làm việc thứ 1 — Thứ Ba 28/04/2026');
    expect(await timeline.getByTestId('due-date-timeline-due-2026-05-04').textContent()).toContain('09:00 04/05/2026');
    expect((await page.getByTestId('due-date-summary').textContent())?.length).toBeGreaterThan(10);
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('due-date-open-calendar').click();
    await page.getByTestId('calendar-page').waitFor();
    // The arrows and the list both move the year, and the URL keeps it.
    await page.getByTestId('calendar-year-prev').click();
    await expect.poll(() => page.url()).toMatch(/year=\d{4}/);
    await page.getByTestId('calendar-year-select').click();
    await page.locator('.ant-select-item-option[title="2026"]').click();
    await expect.poll(() => page.url()).toContain('year=2026');
    // axe must not catch the list of years while it is still closing.
    await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    const day = page.getByTestId('calendar-day-2026-04-27');
    await expect.poll(() => day.getAttribute('data-kind'), { timeout: 15_000 }).toBe('substitute_day_off');
    expect(await day.getAttribute('aria-label')).toContain('Nghỉ bù');
    expect(await day.evaluate((element) => element.tagName)).toBe('BUTTON');
    expect(await page.getByTestId('calendar-working-days').textContent()).toContain('250');
    const row = page.getByTestId('calendar-days-table').locator('tr', { hasText: '27/04/2026' });
    expect(await row.textContent()).toContain('CV 9859/VPCP-KGVX');
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lets a calendar manager set a provincial day off from the year view and remove it again', async () => {
    const page = await openPage(sys);
    await signIn(sys, page);
    await page.goto(`${sys.baseUrl}/admin/calendar?year=2026`);
    const day = page.getByTestId('calendar-day-2026-12-31');
    await expect.poll(() => day.getAttribute('data-kind'), { timeout: 15_000 }).toBe('weekday');

    await day.click();
    await page.getByTestId('calendar-day-form-name').fill('Nghỉ cuối năm của tỉnh');
    await page.getByTestId('calendar-day-form-source').fill('QĐ 1/QĐ-UBND');
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('calendar-day-save').click();
    await expect.poll(() => day.getAttribute('data-kind')).toBe('provincial_day_off');
    expect(await page.getByTestId('calendar-days-table').textContent()).toContain('QĐ 1/QĐ-UBND');
    expect(await page.getByTestId('calendar-working-days').textContent()).toContain('249');

    await day.click();
    await page.getByTestId('calendar-day-delete').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Bỏ khỏi lịch' }).click();
    await expect.poll(() => day.getAttribute('data-kind')).toBe('weekday');
    expect(await page.getByTestId('calendar-working-days').textContent()).toContain('250');
    await page.context().close();
  });

  it('shows the 8-hour working day and refuses office hours that do not add up to it', async () => {
    const page = await openPage(sys);
    await signIn(sys, page);
    await page.goto(`${sys.baseUrl}/admin/calendar?year=2026`);
    const card = page.getByTestId('calendar-settings');
    await expect.poll(() => card.getByTestId('calendar-working-day-total').textContent(), { timeout: 15_000 }).toBe('8 giờ');
    expect(await card.textContent()).toContain('07:30 – 11:30, 13:00 – 17:00');
    expect(await card.textContent()).toContain('Quyết định 188/1999/QĐ-TTg');

    await page.getByTestId('calendar-settings-edit').click();
    const total = page.getByTestId('calendar-periods-total');
    await expect.poll(() => total.textContent()).toContain('Tổng các buổi: 8 giờ.');
    await page.getByLabel('Buổi 2: bắt đầu').fill('13:30');
    await expect.poll(() => total.textContent()).toContain('Tổng các buổi: 7 giờ 30 phút.');
    await page.locator('.ant-modal').getByRole('button', { name: 'Lưu' }).click();
    await expect
      .poll(() => page.locator('.ant-modal .ant-form-item-explain-error').allTextContents())
      .toContain('Các buổi làm việc cộng lại 7 giờ 30 phút; một ngày làm việc phải đủ 8 giờ (Quyết định 188/1999/QĐ-TTg)');
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows a desk officer the calendar read-only, accessible on a phone', async () => {
    const page = await openPage(sys, { width: 390, height: 844 });
    await signIn(sys, page, 'motcua');
    await page.goto(`${sys.baseUrl}/admin/calendar?year=2026`);
    const day = page.getByTestId('calendar-day-2026-04-27');
    await expect.poll(() => day.getAttribute('data-kind'), { timeout: 15_000 }).toBe('substitute_day_off');
    expect(await day.evaluate((element) => element.tagName)).toBe('SPAN');
    expect(await page.getByTestId('calendar-add-day').count()).toBe(0);
    expect(await page.getByTestId('calendar-deadline-changes').count()).toBe(0);
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the 2027 calendar as a draft and keeps the page accessible in English', async () => {
    const page = await openPage(sys);
    await signIn(sys, page);
    await page.goto(`${sys.baseUrl}/admin/calendar?year=2027`);
    await page.getByTestId('calendar-draft-notice').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('calendar-day-2027-01-01').getAttribute('data-draft')).toBe('true');
    await page.getByRole('button', { name: 'Chuyển ngôn ngữ sang tiếng Anh' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Working calendar');
    expect(await page.getByTestId('calendar-day-2027-01-01').getAttribute('aria-label')).toContain('Public holiday');
    await settle(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
