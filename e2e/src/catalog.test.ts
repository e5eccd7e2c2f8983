import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, seriousViolations, startSystem, type RunningSystem } from './harness.ts';
import { openSignedIn } from './helpers.ts';

/** The procedure catalog in a real browser: a citizen finds a procedure without typing diacritics, an officer opens its versions. */
describe('the procedure catalog in a real browser', () => {
  let sys: RunningSystem;
  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(() => sys?.stop());

  it('finds "dang ky ket hon" from the home page and shows the procedure with its documents and time limit, accessibly', async () => {
    const page = await openPage(sys);
    await page.goto(`${sys.baseUrl}/`);
    await page.getByTestId('portal-search-input').fill('dang ky ket hon');
    await page.getByTestId('portal-search-input').press('Enter');

    await page.waitForURL(/\/procedures\?q=dang/);
    await page.getByTestId('procedure-result').first().waitFor();
    expect(await page.getByTestId('catalog-search-input').inputValue()).toBe('dang ky ket hon');
    // Ranked best first: the marriage registration itself, before its variants (mobile, foreign element…).
    await expect.poll(() => page.getByTestId('procedure-result-link').first().textContent()).toBe('Thủ tục đăng ký kết hôn');
    expect(await page.getByTestId('procedure-result-code').first().textContent()).toBe('1.000894');
    expect(await page.getByTestId('procedure-results-total').textContent()).toMatch(/Tìm thấy \d+ thủ tục/);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('procedure-result-link').first().click();
    await page.waitForURL(/\/procedures\/1\.000894$/);
    await page.getByTestId('procedure-detail').waitFor();
    expect(await page.getByTestId('procedure-name').textContent()).toBe('Thủ tục đăng ký kết hôn');
    expect(await page.getByTestId('procedure-code').textContent()).toBe('1.000894');
    expect(await page.getByTestId('procedure-time-limit').first().textContent()).toContain('1 ngày làm việc');
    const documents = page.getByTestId('procedure-documents').first();
    expect(await documents.textContent()).toContain('Tờ khai đăng ký kết hôn');
    expect(await documents.textContent()).toContain('Bắt buộc');
    expect(await page.getByTestId('procedure-fees').first().textContent()).toContain('Miễn phí');
    expect(await page.getByTestId('procedure-legal-basis').textContent()).toContain('123/2015/NĐ-CP');
    expect(await page.title()).toContain('Thủ tục đăng ký kết hôn');
    expect(await seriousViolations(page)).toEqual([]);

    // The same page on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lists procedures by sector from the search page', async () => {
    const page = await openPage(sys);
    await page.goto(`${sys.baseUrl}/procedures`);
    await page.getByTestId('browse-sectors').getByRole('link', { name: 'Hộ tịch' }).click();
    await page.waitForURL(/\/procedures\/sectors\/ho-tich$/);
    await page.getByTestId('procedure-result').first().waitFor();
    expect(await page.locator('h1').textContent()).toContain('Hộ tịch');
    await page.context().close();
  });

  it('lets the control officer open the back-office procedure list and one procedure’s versions', async () => {
    const page = await openSignedIn(sys, 'kiemsoat');

    await page.getByTestId('admin-menu').getByText('Thủ tục hành chính').click();
    await page.getByTestId('admin-procedures-table').waitFor();
    await page.getByTestId('admin-procedures-search').locator('input').fill('dang ky ket hon');
    await page.getByTestId('admin-procedures-search').locator('input').press('Enter');
    await page.waitForURL(/q=dang/);
    const link = page.getByTestId('admin-procedure-link').filter({ hasText: /^Thủ tục đăng ký kết hôn$/ });
    await link.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await link.click();

    await page.getByTestId('procedure-edit-page').waitFor();
    expect(await page.getByTestId('procedure-edit-code').textContent()).toBe('1.000894');
    expect(await page.getByTestId('procedure-check').textContent()).toContain('Đủ các thành phần bắt buộc');

    await page.getByTestId('procedure-versions-link').click();
    await page.getByTestId('procedure-versions-table').waitFor();
    const versions = page.getByTestId('procedure-versions-table');
    // Data rows, not the placeholder row the table shows while the versions load.
    await expect.poll(() => versions.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    expect(await versions.textContent()).toContain('Đang công khai');
    expect(await versions.textContent()).toContain('163/QĐ-BTP');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
