import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations, startSystem, type RunningSystem } from './harness.ts';
import { openSignedIn } from './helpers.ts';

const CODE_PATTERN = /^51\.STP-\d{6}-\d{4}$/;
const DATE_TIME = /\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/;

/**
 * One dossier of 1.000426 "Cấp thẻ tư vấn viên pháp luật" from the desk to the returned result, every step
 * through the screens: desk `motcua` receives it with the keyboard and transfers it, leader `lanhdao` assigns
 * it, specialist `chuyenvien` appraises and submits it, the leader approves and signs, the specialist issues
 * the result, the desk returns it.
 */
describe('a dossier through the one-stop office in a real browser', () => {
  let sys: RunningSystem;
  let code = '';
  let dossierPath = '';

  beforeAll(async () => {
    // The job worker runs: the notifications to the applicant are made after each action, as in production.
    sys = await startSystem({ worker: true });
  });
  afterAll(() => sys?.stop());

  /** Picks an option of an antd select by its visible text. */
  async function choose(page: Page, testId: string, text: string | RegExp) {
    await page.getByTestId(testId).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
  }

  async function act(page: Page, action: string, fill?: () => Promise<void>) {
    await page.getByTestId(`action-${action}`).click();
    const modal = page.locator(`[data-testid="action-modal"][data-action="${action}"]`);
    await modal.waitFor();
    await fill?.();
    await page.getByTestId('action-confirm').click();
    await modal.waitFor({ state: 'detached' });
  }

  async function openDossierFromQueue(page: Page, tab: string) {
    await page.goto(`${sys.baseUrl}/admin/dossiers`);
    await page.getByTestId(`queue-tab-${tab}`).click();
    await page.getByTestId('queue-search').locator('input').fill(code);
    await page.getByTestId('queue-search').locator('input').press('Enter');
    const row = page.locator(`tr[data-code="${code}"]`);
    await row.waitFor();
    return row;
  }

  const statusOf = (page: Page) => page.getByTestId('dossier-status').textContent();

  it('lets the desk receive a dossier with the keyboard: live citizen-ID check, required documents, Ctrl+Enter, a big code and a printable receipt', async () => {
    const page = await openSignedIn(sys, 'motcua');
    await page.getByTestId('admin-menu').getByText('Tiếp nhận hồ sơ').click();
    await page.waitForURL(/\/admin\/desk\/receive$/);

    // The procedure search has the focus: type the code and press Enter at once, as a fast typist does, before the
    // matches have shown; the first match for the whole code is taken when it arrives.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('desk-procedure-search');
    await page.keyboard.type('1.000426');
    await page.keyboard.press('Enter');
    await page.getByTestId('desk-receive-form').waitFor();
    expect(await page.getByTestId('desk-procedure-code').textContent()).toBe('1.000426');
    expect(await page.getByTestId('desk-due-preview').textContent()).toMatch(DATE_TIME);
    const rows = page.getByTestId('desk-doc-row');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await page.getByTestId('desk-checklist').textContent()).toContain('Bắt buộc');

    // The first document has the focus; Space ticks it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('checkbox');
    await page.keyboard.press('Space');
    expect(await rows.nth(0).getByRole('checkbox').isChecked()).toBe(true);

    // The citizen ID is checked while typing, with the server's own rule.
    await page.getByTestId('desk-full-name').fill('Nguyễn Thị Hồng Nhung');
    await page.getByTestId('desk-citizen-id').pressSequentially('99919');
    await expect.poll(() => page.getByTestId('desk-receive-form').textContent()).toContain('Số định danh cá nhân phải gồm đúng 12 chữ số');
    await page.getByTestId('desk-citizen-id').fill('');
    await page.getByTestId('desk-citizen-id').pressSequentially('999190001234');
    await expect.poll(() => page.getByTestId('desk-receive-form').textContent()).toContain('Ba chữ số đầu của số định danh cá nhân không phải mã tỉnh');
    await page.getByTestId('desk-citizen-id').fill('051190001234');
    expect(await seriousViolations(page)).toEqual([]);

    // Ctrl+Enter with two required documents still missing: the desk is told which.
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('desk-missing-required').waitFor();
    expect(await page.getByTestId('desk-missing-required').textContent()).toContain('Giấy đề nghị cấp Thẻ tư vấn viên pháp luật');

    for (const index of [1, 2]) {
      await rows.nth(index).getByRole('checkbox').focus();
      await page.keyboard.press('Space');
    }
    // The server's own field errors land on the field they concern.
    await page.getByTestId('desk-phone').fill('12345');
    await page.keyboard.press('Control+Enter');
    const phoneItem = page.locator('.ant-form-item-has-error').filter({ has: page.getByTestId('desk-phone') });
    await expect.poll(() => phoneItem.textContent()).toContain('Số điện thoại không hợp lệ');
    await page.getByTestId('desk-phone').fill('0912345678');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Control+Enter');

    await page.getByTestId('desk-received').waitFor();
    code = (await page.getByTestId('desk-received-code').textContent())?.trim() ?? '';
    expect(code).toMatch(CODE_PATTERN);
    expect(await page.getByTestId('desk-received-due').textContent()).toMatch(DATE_TIME);
    expect(await seriousViolations(page)).toEqual([]);

    // The receipt (Form 01) prints through the browser.
    await page.getByTestId('desk-print-receipt').click();
    await page.getByTestId('receipt-sheet').waitFor();
    const sheet = (await page.getByTestId('receipt-sheet').textContent()) ?? '';
    expect(sheet).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(sheet).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(sheet).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(await page.getByTestId('receipt-code').textContent()).toBe(code);
    expect(await page.getByTestId('receipt-applicant').textContent()).toBe('Nguyễn Thị Hồng Nhung');
    expect(await page.getByTestId('receipt-documents').locator('tbody tr').count()).toBe(3);
    expect(await page.getByTestId('receipt-received-at').textContent()).toMatch(DATE_TIME);
    expect(await page.getByTestId('receipt-due-at').textContent()).toMatch(DATE_TIME);
    expect(await page.getByTestId('receipt-receiver').textContent()).toBe('Lê Thị Tiếp Nhận');
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByTestId('receipt-print').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // Back on the dossier, the desk hands it to the resolving agency.
    await page.getByText('Về hồ sơ').click();
    await page.getByTestId('dossier-page').waitFor();
    dossierPath = new URL(page.url()).pathname;
    expect(await statusOf(page)).toBe('Đã tiếp nhận, chờ chuyển xử lý');
    expect(await page.getByTestId('dossier-national-status').textContent()).toBe('2 – Được tiếp nhận');
    // The clock tab names the short legal deadlines of this stage: moving the paper and notifying a supplement.
    await page.getByRole('tab', { name: 'Thời hạn' }).click();
    const milestones = await page.getByTestId('dossier-clock-milestones').textContent();
    expect(milestones).toContain('Hạn thông báo yêu cầu bổ sung hồ sơ');
    expect(milestones).toMatch(/Chuyển hồ sơ giấy (trong ngày tiếp nhận|vào đầu ngày làm việc tiếp theo)/);
    expect(await seriousViolations(page)).toEqual([]);
    await act(page, 'transfer');
    await expect.poll(() => statusOf(page)).toBe('Chờ phân công xử lý');

    // Transferred, it has left the desk's unit queue but the desk still follows it, with where it is now.
    const row = await openDossierFromQueue(page, 'received_here');
    expect(await row.textContent()).toContain('Sở Tư pháp');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('lets the leader find it in the unit queue and assign it to the specialist', async () => {
    const page = await openSignedIn(sys, 'lanhdao');
    await page.getByTestId('admin-menu').getByText('Xử lý hồ sơ').click();
    const row = await openDossierFromQueue(page, 'unit');
    expect(await row.textContent()).toContain('Chờ phân công xử lý');
    expect(await row.textContent()).toContain('Chưa phân công');
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole('checkbox').check();
    await page.getByTestId('bulk-assign-open').click();
    await choose(page, 'bulk-assignee', 'Phạm Văn Thẩm Định');
    await page.getByTestId('bulk-assign-submit').click();
    await expect.poll(() => page.locator(`tr[data-code="${code}"]`).textContent()).toContain('Phạm Văn Thẩm Định');
    await page.context().close();
  });

  it('lets the specialist appraise it from the Mine queue and submit it for approval', async () => {
    const page = await openSignedIn(sys, 'chuyenvien');
    const row = await openDossierFromQueue(page, 'mine');
    expect(await row.textContent()).toContain('Đang xử lý');
    await row.getByTestId('dossier-link').click();
    await page.getByTestId('dossier-page').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await act(page, 'start_step');
    await page.getByTestId('action-complete_step').waitFor();
    await act(page, 'complete_step');
    await act(page, 'request_approval');
    await expect.poll(() => statusOf(page)).toBe('Chờ lãnh đạo phê duyệt');
    await page.context().close();
  });

  it('lets the leader approve and sign, refusing a stale action with a message', async () => {
    const page = await openSignedIn(sys, 'lanhdao');
    await page.goto(`${sys.baseUrl}${dossierPath}`);
    await page.getByTestId('dossier-page').waitFor();
    // A second tab approves first; the first tab still shows the old version and its Approve button.
    const other = await page.context().newPage();
    await other.goto(`${sys.baseUrl}${dossierPath}`);
    await other.getByTestId('dossier-page').waitFor();
    await act(other, 'approve', async () => {
      await other.getByTestId('action-reason').fill('Đồng ý cấp thẻ.');
    });
    await expect.poll(() => statusOf(other)).toBe('Chờ ký số');
    await other.close();
    // Back to the first tab: a tab left in the background may not run the modal's closing animation.
    await page.bringToFront();

    await act(page, 'approve');
    await page.getByTestId('dossier-conflict').waitFor();
    expect(await page.getByTestId('dossier-conflict').textContent()).toContain('Hồ sơ đã thay đổi');
    await expect.poll(() => statusOf(page)).toBe('Chờ ký số');
    await act(page, 'sign');
    await expect.poll(() => statusOf(page)).toBe('Chờ ban hành kết quả');
    // Nothing of the leader's remains to do but what the rules allow now.
    expect(await page.getByTestId('action-approve').count()).toBe(0);
    await page.context().close();
  });

  it('lets the specialist issue the result with its title', async () => {
    const page = await openSignedIn(sys, 'chuyenvien');
    await page.goto(`${sys.baseUrl}${dossierPath}`);
    await page.getByTestId('dossier-page').waitFor();
    await act(page, 'issue_result', async () => {
      await page.getByTestId('action-result-title').fill('Thẻ tư vấn viên pháp luật');
    });
    await expect.poll(() => statusOf(page)).toBe('Đã có kết quả, chờ trả');
    await page.context().close();
  });

  it('lets the desk return the result and shows the returned dossier with its process-control sheet', async () => {
    const page = await openSignedIn(sys, 'motcua');
    await page.getByTestId('admin-menu').getByText('Trả kết quả').click();
    await page.waitForURL(/\/admin\/desk\/returns/);
    const row = page.locator(`tr[data-code="${code}"]`);
    await row.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await row.getByTestId('return-open').click();
    await page.getByTestId('return-method').getByText('Tại Bộ phận Một cửa').click();
    await page.getByTestId('return-confirm').click();
    await row.waitFor({ state: 'detached' });

    await page.goto(`${sys.baseUrl}${dossierPath}`);
    await page.getByTestId('dossier-page').waitFor();
    expect(await statusOf(page)).toBe('Đã trả kết quả');
    expect(await page.getByTestId('dossier-national-status').textContent()).toBe('10 – Đã trả kết quả');
    expect(await page.getByTestId('dossier-timeline').textContent()).toContain('Ký số kết quả');

    await page.getByRole('tab', { name: 'Giấy tờ và kết quả' }).click();
    expect(await page.getByTestId('result-code').textContent()).toBe(`${code}-KQ1`);
    await page.getByRole('tab', { name: 'Thời hạn' }).click();
    expect(await page.getByTestId('dossier-clock-state').textContent()).toBe('Đã kết thúc');
    expect(await page.getByTestId('dossier-clock-explanation').textContent()).toContain('5 ngày làm việc');

    await page.getByTestId('tab-handovers').click();
    const sheet = page.getByTestId('dossier-handovers');
    await sheet.waitFor();
    const handovers = sheet.locator('tbody tr[data-testid="handover-row"]');
    expect(await handovers.count()).toBeGreaterThanOrEqual(7);
    const tags = await sheet.getByTestId('timeliness-tag').allTextContents();
    expect(tags.length).toBe(await handovers.count());
    for (const tag of tags) expect(['Trước hạn', 'Đúng hạn']).toContain(tag);
    expect(await sheet.textContent()).toContain('Phạm Văn Thẩm Định');
    expect(await seriousViolations(page)).toEqual([]);

    // What the applicant was told. The desk wrote a phone number and no e-mail address, and the demo system has no
    // real SMS provider: the SMS of each status change was only logged, the e-mail not sent for want of an address.
    await page.getByTestId('tab-notifications').click();
    const notifications = page.getByTestId('dossier-notifications');
    await notifications.waitFor();
    const deliveries = notifications.locator('tbody tr[data-testid="notification-row"]');
    await expect.poll(() => deliveries.count()).toBeGreaterThanOrEqual(2);
    const received = (channel: string) => deliveries.filter({ has: page.getByTestId('notification-event').filter({ hasText: /^Tiếp nhận hồ sơ$/ }) }).and(page.locator(`[data-channel="${channel}"]`));
    expect(await received('sms').getByTestId('notification-channel').textContent()).toBe('Tin nhắn SMS');
    expect(await received('sms').getByTestId('notification-status').textContent()).toBe('Chỉ ghi nhật ký (chưa cấu hình gửi thật)');
    expect(await received('sms').textContent()).toContain('Người nộp không nhận được thông báo này.');
    expect(await received('email').getByTestId('notification-status').textContent()).toBe('Không gửi');
    expect(await received('email').getByTestId('notification-reason').textContent()).toBe('Người nộp không có địa chỉ thư điện tử');
    expect(await notifications.locator('tr[data-status="sent"]').count()).toBe(0);
    expect(await notifications.textContent()).not.toContain('0912345678');
    expect(await seriousViolations(page)).toEqual([]);
    // On a phone the table scrolls inside its own region; the page itself does not scroll sideways.
    await page.setViewportSize({ width: 375, height: 800 });
    const region = notifications.getByRole('region');
    await expect.poll(() => region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The register of the desk lists it under today's receipts.
    await page.goto(`${sys.baseUrl}/admin/desk/register`);
    await page.locator(`[data-testid="register-table"] tr[data-code="${code}"]`).waitFor();
    // Two Ctrl+Enter presses at the counter made one dossier.
    expect(await page.locator('[data-testid="register-table"] tr[data-code]').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
