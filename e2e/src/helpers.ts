import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-seed.ts';
import type { TestSmtpServer } from '../../apps/api/src/modules/notifications/test-smtp.ts';
import { openPage, seriousViolations, type RunningSystem } from './harness.ts';

/** Signs a demo officer in on `page` (by default the control officer `kiemsoat`) and waits for the back office. */
export async function signIn(sys: RunningSystem, page: Page, username = 'kiemsoat'): Promise<void> {
  await page.goto(`${sys.baseUrl}/admin/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('admin-layout').waitFor();
}

/** A new page (own browser context) with the demo officer `username` signed in to the back office. */
export async function openSignedIn(sys: RunningSystem, username: string): Promise<Page> {
  const page = await openPage(sys);
  await signIn(sys, page, username);
  return page;
}

/** Waits for antd's enter/leave animations to finish, so axe measures the colours users end up seeing. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[class*="-appear"], [class*="-enter"], [class*="-leave"]'));
}

/** The validation message antd shows under the form field that holds `testId`. */
export const fieldError = (page: Page, testId: string) =>
  page.locator('.ant-form-item').filter({ has: page.getByTestId(testId) }).locator('.ant-form-item-explain-error');

/** `seriousViolations` once antd's field messages have finished fading in (a colour sampled mid-animation is not what anyone reads). */
export async function formViolations(page: Page): Promise<string[]> {
  await page.waitForFunction(() => !document.querySelector('.ant-form-show-help-item-appear, .ant-form-show-help-item-enter'));
  return seriousViolations(page);
}

/** The 6-digit code of the newest verification e-mail to `address` that arrived at the test SMTP server after `after` of them. */
export async function emailedCode(smtp: TestSmtpServer, address: string, after = 0, timeoutMs = 15_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const mails = smtp.messages.filter((m) => m.to.includes(address) && m.subject.startsWith('Mã xác minh'));
    const code = mails.length > after ? /là: (\d{6})$/m.exec(mails.at(-1)!.text)?.[1] : undefined;
    if (code) return code;
    if (Date.now() > until) throw new Error(`no verification e-mail to ${address} (${mails.length} so far)`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** On the register page's code step: types the e-mailed code (it also proves the address) and waits for the profile page. */
export async function confirmRegistrationInBrowser(page: Page, smtp: TestSmtpServer, address: string): Promise<void> {
  await page.getByTestId('account-register-code').waitFor();
  await page.getByTestId('account-register-code').fill(await emailedCode(smtp, address));
  await page.getByTestId('account-register-code-submit').click();
  await page.waitForURL(/\/account\/profile$/);
}
