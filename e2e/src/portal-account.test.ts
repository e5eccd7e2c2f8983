import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APPLICANT } from '../../apps/api/src/modules/applicants/index.ts';
import { openPage, startSystem, type RunningSystem } from './harness.ts';
import { fieldError, formViolations } from './helpers.ts';

/** Portal accounts in a real browser: register, sign out, sign in, fill in the profile. */
describe('portal accounts in a real browser', () => {
  let sys: RunningSystem;
  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(() => sys?.stop());

  it('registers a citizen, signs out and in again, and edits the profile with a bad then a good citizen ID, accessibly', async () => {
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
    await expect.poll(() => fieldError(page, 'account-register-password').textContent()).toContain('có cả chữ và số');
    expect(await formViolations(page)).toEqual([]);
    await page.getByTestId('account-register-password').fill('Phuc-2026');
    await page.getByTestId('account-register-confirm').fill('Phuc-2026');
    await page.getByTestId('account-register-submit').click();

    await page.waitForURL(/\/account\/profile$/);
    await expect.poll(() => page.getByTestId('account-menu-name').textContent()).toBe('Huỳnh Văn Phúc');
    await page.getByTestId('profile-citizen-id').waitFor();
    expect(await page.getByTestId('profile-email').inputValue()).toBe('phuc.huynh@example.vn');
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
    await page.getByTestId('account-login-password').fill('Phuc-2026');
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
