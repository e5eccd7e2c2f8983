import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APPLICANT } from '../../apps/api/src/modules/applicants/index.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../apps/api/src/modules/notifications/test-smtp.ts';
import { openPage, startSystem, type RunningSystem } from './harness.ts';
import { emailedCode, fieldError, formViolations } from './helpers.ts';

/**
 * Portal accounts in a real browser: register and sign in with the code e-mailed to a local SMTP server
 * (the worker sends it), sign out, sign in, fill in the profile.
 */
describe('portal accounts in a real browser', () => {
  let sys: RunningSystem;
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    sys = await startSystem({ worker: true, env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await sys?.stop();
    await smtp?.close();
  });

  it('registers a citizen, signs in with the code e-mailed to the address, signs out and in again, edits the profile with a bad then a good citizen ID, and proves a changed e-mail, accessibly', async () => {
    const page = await openPage(sys);
    await page.goto(`${sys.baseUrl}/`);
    await page.getByTestId('account-register-link').click();
    await page.waitForURL(/\/account\/register$/);
    await page.getByTestId('account-register-full-name').waitFor();
    expect(await formViolations(page)).toEqual([]);

    // The browser's own checks first: a weak password is refused before anything is sent.
    await page.getByTestId('account-register-full-name').fill('Huỳnh Văn Phúc');
    await page.getByTestId('account-register-email').fill('phuc.huynh@example.vn');
    await page.getByTestId('account-register-password').fill('matkhau');
    await page.getByTestId('account-register-confirm').fill('matkhau');
    await page.getByTestId('account-register-submit').click();
    await expect.poll(() => fieldError(page, 'account-register-password').textContent()).toContain('từ 12 đến 128 ký tự');
    expect(await formViolations(page)).toEqual([]);
    await page.getByTestId('account-register-password').fill('Phuc-Tra-Khuc-2026');
    await page.getByTestId('account-register-confirm').fill('Phuc-Tra-Khuc-2026');
    await page.getByTestId('account-register-submit').click();

    // The code step: the page says the same whether the address was new or taken (the server answers alike); the
    // code went out by e-mail, and a new one waits a minute.
    const step = page.getByTestId('account-register-code-step');
    await step.waitFor();
    expect(await step.getByRole('heading').textContent()).toBe('Nhập mã xác nhận');
    expect(await page.getByTestId('account-register-code-lead').textContent()).toBe(
      'Nếu phuc.huynh@example.vn chưa có tài khoản, chúng tôi đã gửi tới đó mã xác nhận gồm 6 chữ số, có hiệu lực 15 phút. Nếu đã có tài khoản, bạn sẽ nhận được thư hướng dẫn đăng nhập thay cho mã.',
    );
    expect(await page.getByTestId('account-register-code').getAttribute('inputmode')).toBe('numeric');
    expect(await page.getByTestId('account-register-code').getAttribute('autocomplete')).toBe('one-time-code');
    expect(await page.getByTestId('account-register-resend').textContent()).toMatch(/^Gửi lại mã sau (1:00|0:\d\d)$/);
    expect(await page.getByTestId('account-register-resend').isDisabled()).toBe(true);
    expect(await formViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await formViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    // Not signed in before the code: the account cannot be used yet.
    expect(await page.getByTestId('account-login-link').count()).toBe(1);
    const code = await emailedCode(smtp, 'phuc.huynh@example.vn');
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await page.getByTestId('account-register-code').fill(wrong);
    await page.getByTestId('account-register-code-submit').click();
    await expect.poll(() => fieldError(page, 'account-register-code').textContent()).toBe(
      'Mã xác nhận không đúng, đã hết hạn hoặc đã nhập sai quá nhiều lần. Hãy kiểm tra lại mã và mật khẩu, hoặc bấm “Gửi lại mã”.',
    );
    expect(await formViolations(page)).toEqual([]);
    // A retried delivery makes a new code and the last message holds the one in force: read it now, as a person would.
    await page.getByTestId('account-register-code').fill(await emailedCode(smtp, 'phuc.huynh@example.vn'));
    await page.getByTestId('account-register-code-submit').click();

    // The code signed in and proved the e-mail: nothing left to verify on the profile.
    await page.waitForURL(/\/account\/profile$/);
    await expect.poll(() => page.getByTestId('account-menu-name').textContent()).toBe('Huỳnh Văn Phúc');
    await page.getByTestId('profile-citizen-id').waitFor();
    expect(await page.getByTestId('profile-email').inputValue()).toBe('phuc.huynh@example.vn');
    await expect.poll(() => page.getByTestId('profile-email-status').textContent()).toBe('Đã xác minh');
    expect(await page.getByTestId('contact-verify-box').count()).toBe(0);
    expect(await formViolations(page)).toEqual([]);

    await page.getByTestId('account-menu').click();
    await Promise.all([page.waitForURL(`${sys.baseUrl}/`), page.getByTestId('account-logout').click()]);
    await page.getByTestId('account-login-link').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    // A signed-out visitor sent to the profile goes to the sign-in and comes back afterwards.
    await page.goto(`${sys.baseUrl}/account/profile`);
    await page.waitForURL(/\/account\/login\?next=%2Faccount%2Fprofile$/);
    await page.getByTestId('account-login-identifier').waitFor();
    expect(await formViolations(page)).toEqual([]);
    await page.getByTestId('account-login-identifier').fill('phuc.huynh@example.vn');
    await page.getByTestId('account-login-password').fill('sai-mat-khau-9');
    await page.getByTestId('account-login-submit').click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Email/số điện thoại hoặc mật khẩu không đúng');
    expect(await formViolations(page)).toEqual([]);
    await page.getByTestId('account-login-password').fill('Phuc-Tra-Khuc-2026');
    await page.getByTestId('account-login-submit').click();
    await page.waitForURL(/\/account\/profile$/);

    await page.getByTestId('profile-citizen-id').fill('999190012345');
    await page.getByTestId('profile-date-of-birth').fill('12/05/1990');
    await page.getByTestId('profile-address').fill('Tổ 5, phường Trương Quang Trọng, tỉnh Quảng Ngãi');
    await page.getByTestId('profile-save').click();
    await expect.poll(() => fieldError(page, 'profile-citizen-id').textContent()).toContain('mã tỉnh');
    expect(await formViolations(page)).toEqual([]);

    await page.getByTestId('profile-citizen-id').fill('051090012345');
    await page.getByTestId('profile-save').click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('Đã lưu thông tin tài khoản');
    await page.reload();
    await page.getByTestId('profile-citizen-id').waitFor();
    expect(await page.getByTestId('profile-citizen-id').inputValue()).toBe('051090012345');
    expect(await page.getByTestId('profile-date-of-birth').inputValue()).toBe('12/05/1990');

    // A changed e-mail is to be proved again, on the profile page, with the code sent to the new address.
    await page.getByTestId('profile-email').fill('phuc.moi@example.vn');
    await page.getByTestId('profile-save').click();
    const box = page.getByTestId('contact-verify-box');
    await box.waitFor();
    expect(await box.getByRole('heading').textContent()).toBe('Xác minh địa chỉ thư điện tử');
    await expect.poll(() => page.getByTestId('contact-verify-lead').textContent(), { timeout: 15_000 }).toContain('Chúng tôi đã gửi mã gồm 6 chữ số tới phuc.moi@example.vn');
    expect(await page.getByTestId('contact-verify-resend').textContent()).toMatch(/^Gửi lại mã sau (1:00|0:\d\d)$/);
    expect(await formViolations(page)).toEqual([]);
    const newCode = await emailedCode(smtp, 'phuc.moi@example.vn');
    await page.getByTestId('contact-verify-code').fill(String((Number(newCode) + 1) % 1_000_000).padStart(6, '0'));
    await page.getByTestId('contact-verify-submit').click();
    await expect.poll(() => fieldError(page, 'contact-verify-code').textContent()).toBe('Mã xác minh không đúng. Bạn còn 4 lần thử.');
    await page.getByTestId('contact-verify-code').fill(newCode);
    await page.getByTestId('contact-verify-submit').click();
    await expect.poll(() => page.getByTestId('contact-verify-success').textContent()).toContain('Đã xác minh địa chỉ thư điện tử phuc.moi@example.vn.');
    expect(await formViolations(page)).toEqual([]);

    // The same page on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await formViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('signs the demo citizen in with the phone-sized login page', async () => {
    const page = await openPage(sys, { width: 390, height: 844 });
    await page.goto(`${sys.baseUrl}/account/login`);
    await page.getByTestId('account-login-identifier').fill(DEMO_APPLICANT.email);
    await page.getByTestId('account-login-password').fill(DEMO_APPLICANT.password);
    expect(await formViolations(page)).toEqual([]);
    await page.getByTestId('account-login-submit').click();
    await expect.poll(() => page.getByTestId('account-menu-name').textContent()).toBe(DEMO_APPLICANT.fullName);
    await page.context().close();
  });
});
