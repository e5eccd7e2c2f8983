import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from '../../apps/api/src/seed/demo-seed.ts';
import { openPage, seriousViolations, startSystem, type RunningSystem } from './harness.ts';

describe('the back office in a real browser', () => {
  let sys: RunningSystem;
  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(() => sys?.stop());

  it('lets a demo control officer sign in and see the back office, with an accessible login and home page', async () => {
    const page = await openPage(sys);
    await page.goto(`${sys.baseUrl}/admin/login`);
    await page.getByTestId('login-username').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('login-username').fill('kiemsoat');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('admin-layout').waitFor();
    await expect.poll(() => page.getByTestId('current-user-name').textContent()).toContain('Trần Thị Kiểm Soát');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows a clear Vietnamese error for a wrong password', async () => {
    const page = await openPage(sys);
    await page.goto(`${sys.baseUrl}/admin/login`);
    await page.getByTestId('login-username').fill('kiemsoat');
    await page.getByTestId('login-password').fill('sai-mat-khau-1');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.locator('body').textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng');
    await page.context().close();
  });

  it('asks the administrator for the second factor and then shows the province unit tree', async () => {
    const page = await openPage(sys);
    await page.goto(`${sys.baseUrl}/admin/login`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-totp').waitFor();
    await page.getByTestId('login-totp').fill(await generate({ secret: DEMO_ADMIN_TOTP_SECRET }));
    await page.getByTestId('login-submit').click();
    await page.getByTestId('admin-layout').waitFor();
    await page.goto(`${sys.baseUrl}/admin/org-units`);
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('Sở Tư pháp');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('serves the public portal at the root, accessible, with a way to the officers sign-in', async () => {
    const page = await openPage(sys);
    await page.goto(`${sys.baseUrl}/`);
    await page.getByTestId('portal-home').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${sys.baseUrl}/khong-co-trang-nay`);
    await expect.poll(() => page.locator('main').textContent()).toContain('Không tìm thấy trang');
    await page.context().close();
  });
});
