import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-seed.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../apps/api/src/modules/notifications/test-smtp.ts';
import { openPage, seriousViolations, startSystem, type RunningSystem } from './harness.ts';
import { confirmRegistrationInBrowser, fieldError, formViolations, openSignedIn, settle } from './helpers.ts';

/** The citizen of this journey registers on the portal at its start. */
const CITIZEN = { fullName: 'Trần Thị Lan', email: 'lan.tran@example.vn', password: 'Lan-2026-mat-khau', citizenId: '051195001234' };

/** A small but real PDF (the server sniffs the bytes). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PROCEDURE = 'Cấp thẻ tư vấn viên pháp luật';

/** An officer acting on a dossier through the API (the back office's own pages are tested elsewhere). */
async function officer(sys: RunningSystem, username: string) {
  const context = await sys.browser.newContext();
  const login = await context.request.post(`${sys.baseUrl}/api/auth/login`, { data: { username, password: DEMO_PASSWORD } });
  expect(login.status(), await login.text()).toBe(200);
  const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  return {
    get: async <T>(path: string): Promise<T> => (await (await context.request.get(`${sys.baseUrl}/api${path}`)).json()) as T,
    act: async (id: string, action: string, body: Record<string, unknown> = {}) => {
      const { version } = (await (await context.request.get(`${sys.baseUrl}/api/dossiers/${id}`)).json()) as { version: number };
      const res = await context.request.post(`${sys.baseUrl}/api/dossiers/${id}/actions/${action}`, { headers: { 'x-csrf-token': csrf }, data: { expectedVersion: version, ...body } });
      expect(res.status(), `${action}: ${await res.text()}`).toBe(200);
    },
    close: () => context.close(),
  };
}

/** The answer shown for a labelled field of the e-form (officer's "Tờ khai" tab or the citizen's "Tờ khai đã nộp"). */
const answerTo = (page: Page, label: string) =>
  page.getByTestId('e-form-answers').locator('.e-form-answers-row').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd').textContent();

async function signInAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForURL(/\/account\/login\?next=/);
  await page.getByTestId('account-login-identifier').fill(CITIZEN.email);
  await page.getByTestId('account-login-password').fill(CITIZEN.password);
  await page.getByTestId('account-login-submit').click();
  await page.waitForURL(url);
}

async function attach(page: Page, slot: number, name: string): Promise<void> {
  await page.getByTestId(`apply-slot-${slot}-input`).setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF });
  await expect.poll(() => page.getByTestId(`apply-slot-${slot}-file`).textContent()).toContain(name);
}

/**
 * A citizen's whole journey on the portal, in a real browser with the background worker on and a local SMTP server:
 * registers, proves the e-mail with the code sent to it and completes the profile, finds 1.000426 without
 * diacritics, applies with uploads (a draft saved and resumed on the way), the desk asks for a supplement and the
 * citizen adds it from the dossier page, the desk accepts, the department asks for the fee and the citizen pays
 * through the sandbox gateway, the result is issued, the citizen downloads the signed electronic result and rates the
 * service, and the e-mails of each status change arrive. Every page is checked with axe, some on a phone.
 */
describe('a citizen applies, pays, receives the result and rates the service, in a real browser', () => {
  let sys: RunningSystem;
  let smtp: TestSmtpServer;
  let dossierId = '';
  let code = '';
  const downloads = mkdtempSync(join(tmpdir(), 'motcua-e2e-downloads-'));
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    sys = await startSystem({ worker: true, env: { SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await sys?.stop();
    await smtp?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('registers, finds the procedure without diacritics, saves a draft, resumes it and submits it, accessibly', async () => {
    const page = await openPage(sys);
    await page.goto(`${sys.baseUrl}/`);
    await page.getByTestId('account-register-link').click();
    await page.waitForURL(/\/account\/register$/);
    await page.getByTestId('account-register-full-name').fill(CITIZEN.fullName);
    await page.getByTestId('account-register-email').fill(CITIZEN.email);
    await page.getByTestId('account-register-password').fill(CITIZEN.password);
    await page.getByTestId('account-register-confirm').fill(CITIZEN.password);
    expect(await formViolations(page)).toEqual([]);
    await page.getByTestId('account-register-submit').click();
    // The code e-mailed to the address signs in and proves it: the status e-mails below go there only once proved.
    await confirmRegistrationInBrowser(page, smtp, CITIZEN.email);
    await page.getByTestId('profile-citizen-id').waitFor();
    await page.getByTestId('profile-citizen-id').fill(CITIZEN.citizenId);
    await page.getByTestId('profile-date-of-birth').fill('03/02/1995');
    await page.getByTestId('profile-address').fill('Tổ 3, phường Cẩm Thành, tỉnh Quảng Ngãi');
    await page.getByTestId('profile-save').click();
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('Đã lưu thông tin tài khoản');
    expect(await formViolations(page)).toEqual([]);

    await page.goto(`${sys.baseUrl}/`);
    await page.getByTestId('portal-search-input').fill('cap the tu van vien phap luat');
    await page.getByTestId('portal-search-input').press('Enter');
    await page.waitForURL(/\/procedures\?q=cap/);
    const hit = page.getByTestId('procedure-result-link').filter({ hasText: new RegExp(`^${PROCEDURE}$`) });
    await hit.waitFor();
    await hit.click();
    await page.waitForURL(/\/procedures\/1\.000426$/);
    await page.getByTestId('procedure-apply').waitFor();
    expect(await formViolations(page)).toEqual([]);

    await page.getByTestId('procedure-apply').click();
    await page.waitForURL(/\/apply\/1\.000426$/);
    await page.getByTestId('apply-form').waitFor();
    expect(await page.getByTestId('apply-procedure-name').textContent()).toContain(PROCEDURE);

    // The applicant block comes from the profile; the e-form is rendered from the variant's JSON Schema, labelled.
    expect(await page.getByTestId('apply-applicant-full-name').inputValue()).toBe(CITIZEN.fullName);
    expect(await page.getByTestId('apply-applicant-citizen-id').inputValue()).toBe(CITIZEN.citizenId);
    await page.getByLabel('Họ và tên người được đề nghị cấp thẻ').fill(CITIZEN.fullName);
    await attach(page, 0, 'giay-xac-nhan-cong-tac.pdf');
    expect(await formViolations(page)).toEqual([]);

    // Submitting now is stopped here, listing what is missing, before anything is sent.
    await page.getByTestId('apply-submit').click();
    await expect.poll(() => page.getByTestId('apply-problems').textContent()).toContain('Còn 2 giấy tờ bắt buộc chưa tải lên');
    expect(await page.getByTestId('apply-problems').textContent()).toContain('Tờ khai điện tử');
    expect(await page.getByTestId('apply-slot-1-error').textContent()).toContain('Chưa tải lên');
    expect(await formViolations(page)).toEqual([]);

    await page.getByTestId('apply-save-draft').click();
    await page.waitForURL(/\/apply\/1\.000426\?draft=/);
    await expect.poll(() => page.locator('.ant-message').textContent()).toContain('Đã lưu nháp');
    const draftUrl = page.url();

    // "Hồ sơ của tôi" in the header: the draft is there to resume.
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    await page.waitForURL(/\/account\/dossiers$/);
    await expect.poll(() => page.getByTestId('my-draft').count()).toBe(1);
    await expect.poll(() => page.getByTestId('my-draft').textContent()).toContain(PROCEDURE);
    expect(await formViolations(page)).toEqual([]);
    await page.getByTestId('my-draft-resume').click();
    await page.waitForURL(draftUrl);
    await page.getByTestId('apply-form').waitFor();
    await expect.poll(() => page.getByTestId('apply-slot-0-file').textContent()).toContain('giay-xac-nhan-cong-tac.pdf');
    expect(await page.getByLabel('Họ và tên người được đề nghị cấp thẻ').inputValue()).toBe(CITIZEN.fullName);

    // Complete it on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByLabel('Ngày sinh').fill('12/05/1990');
    await page.getByLabel('Số năm công tác pháp luật').fill('4');
    await page.getByLabel('Tên Trung tâm').fill('Trung tâm tư vấn pháp luật tỉnh Quảng Ngãi');
    await attach(page, 1, 'giay-de-nghi.pdf');
    await attach(page, 2, 'bang-cu-nhan-luat.pdf');
    expect(await formViolations(page)).toEqual([]);

    // A citizen ID of the right shape that the server refuses: its message lands on the field.
    await page.getByTestId('apply-applicant-citizen-id').fill('999190012345');
    await page.getByTestId('apply-submit').click();
    await expect.poll(() => fieldError(page, 'apply-applicant-citizen-id').textContent()).toContain('mã tỉnh');
    expect(await page.getByTestId('apply-server-error').isVisible()).toBe(true);
    expect(await formViolations(page)).toEqual([]);

    await page.getByTestId('apply-applicant-citizen-id').fill(CITIZEN.citizenId);
    await page.getByTestId('apply-submit').click();
    await page.getByTestId('apply-submitted').waitFor();
    code = (await page.getByTestId('apply-submitted-code').textContent()) ?? '';
    expect(code).toMatch(/^[\w.]+-\d{6}-\d{4}$/);
    expect(new URL(page.url()).search).toBe('');
    expect(await formViolations(page)).toEqual([]);

    // The dossier's own page: status, the clock in plain words, the three documents.
    await page.getByTestId('apply-submitted-open').click();
    await page.waitForURL(/\/account\/dossiers\/[^/]+$/);
    dossierId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('dossier-status').waitFor();
    expect(await page.getByTestId('dossier-status').getAttribute('data-status')).toBe('newly_registered');
    expect(await page.getByTestId('dossier-code').textContent()).toBe(code);
    expect(await page.getByTestId('dossier-clock').textContent()).toContain('đăng ký trực tuyến lúc');
    expect(await page.getByTestId('dossier-documents').textContent()).toContain('bang-cu-nhan-luat.pdf');
    // What she declared in the e-form, labelled as the form labels it.
    const declared = page.getByTestId('e-form-answers');
    expect(await declared.textContent()).toContain('Họ và tên người được đề nghị cấp thẻ');
    expect(await answerTo(page, 'Số năm công tác pháp luật')).toBe('4');
    expect(await answerTo(page, 'Ngày sinh')).toBe('12/05/1990');
    expect(await formViolations(page)).toEqual([]);

    // "Hồ sơ của tôi": the dossier with its code and status, and no draft left.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${sys.baseUrl}/account/dossiers`);
    const mine = page.getByTestId('my-dossier').filter({ hasText: code });
    await mine.waitFor();
    expect(await mine.getByTestId('my-dossier-status').textContent()).toBe('Mới đăng ký trực tuyến, chờ kiểm tra');
    expect(await mine.textContent()).toContain(PROCEDURE);
    await expect.poll(() => page.getByTestId('my-drafts').textContent()).toContain('Không có hồ sơ nháp');
    expect(await formViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await formViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows the desk’s supplement request on the dossier page and sends the missing papers from there', async () => {
    expect(dossierId).not.toBe('');
    // The one-stop desk of the provincial centre opens the citizen's online dossier: the "Tờ khai" tab shows what she typed.
    const deskPage = await openSignedIn(sys, 'motcua');
    await deskPage.goto(`${sys.baseUrl}/admin/dossiers/${dossierId}`);
    await deskPage.getByTestId('dossier-page').waitFor();
    await deskPage.getByRole('tab', { name: 'Tờ khai' }).click();
    await deskPage.getByTestId('e-form-answers').waitFor();
    expect(await answerTo(deskPage, 'Tên Trung tâm')).toBe('Trung tâm tư vấn pháp luật tỉnh Quảng Ngãi');
    expect(await answerTo(deskPage, 'Họ và tên người được đề nghị cấp thẻ')).toBe(CITIZEN.fullName);
    await settle(deskPage);
    expect(await seriousViolations(deskPage)).toEqual([]);
    await deskPage.context().close();

    // It asks for corrections through its API.
    const desk = await officer(sys, 'motcua');
    await desk.act(dossierId, 'request_supplement', { reason: 'Bản sao bằng cử nhân luật không đọc được', missingDocuments: ['Bản sao Bằng cử nhân luật', 'Giấy chứng nhận sức khỏe'] });
    await desk.close();

    const page = await openPage(sys, { width: 390, height: 844 });
    await signInAt(page, `${sys.baseUrl}/account/dossiers/${dossierId}`);
    await page.getByTestId('dossier-supplement').waitFor();
    expect(await page.getByTestId('dossier-status').getAttribute('data-status')).toBe('awaiting_online_correction');
    expect(await page.getByTestId('dossier-supplement').textContent()).toContain('không đọc được');
    expect(await page.getByTestId('supplement-items').textContent()).toContain('Giấy chứng nhận sức khỏe');
    expect(await formViolations(page)).toEqual([]);

    // Sending with one paper missing is stopped here; then both go at once.
    await page.getByTestId('supplement-slot-i0-input').setInputFiles({ name: 'bang-cu-nhan-luat-ro-net.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => page.getByTestId('supplement-slot-i0-file').textContent()).toContain('bang-cu-nhan-luat-ro-net.pdf');
    await page.getByTestId('supplement-submit').click();
    await expect.poll(() => page.getByTestId('supplement-slot-i1-error').textContent()).toContain('Chưa tải lên');
    expect(await formViolations(page)).toEqual([]);
    await page.getByTestId('supplement-slot-i1-input').setInputFiles({ name: 'giay-kham-suc-khoe.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => page.getByTestId('supplement-slot-i1-file').textContent()).toContain('giay-kham-suc-khoe.pdf');
    await page.getByTestId('supplement-submit').click();

    // Back with the desk, which now decides on the completed dossier.
    await expect.poll(() => page.getByTestId('dossier-status').getAttribute('data-status')).toBe('newly_registered');
    expect(await page.getByTestId('dossier-supplement').count()).toBe(0);
    const documents = (await page.getByTestId('dossier-documents').textContent()) ?? '';
    expect(documents).toContain('Giấy chứng nhận sức khỏe');
    expect(documents).toContain('bang-cu-nhan-luat-ro-net.pdf');
    expect(await page.getByTestId('dossier-steps').textContent()).toContain('Yêu cầu bổ sung');
    expect(await formViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('asks for the fee with the clock paused, and takes the payment through the sandbox gateway', async () => {
    expect(dossierId).not.toBe('');
    const desk = await officer(sys, 'motcua');
    await desk.act(dossierId, 'accept_online');
    await desk.act(dossierId, 'transfer');
    await desk.close();
    const leader = await officer(sys, 'lanhdao');
    const { items } = await leader.get<{ items: { id: string }[] }>(`/dossiers/${dossierId}/assignees?role=specialist`);
    await leader.act(dossierId, 'assign', { assigneeId: items[0]!.id });
    await leader.close();
    const specialist = await officer(sys, 'chuyenvien');
    await specialist.act(dossierId, 'request_financial_obligation', { obligation: { description: 'Lệ phí cấp thẻ tư vấn viên pháp luật', amount: 100_000 } });
    await specialist.close();

    const page = await openPage(sys);
    await signInAt(page, `${sys.baseUrl}/account/dossiers/${dossierId}`);
    await page.getByTestId('dossier-fee').waitFor();
    expect(await page.getByTestId('dossier-status').getAttribute('data-status')).toBe('financial_obligation_requested');
    expect(await page.getByTestId('dossier-fee').textContent()).toContain('100.000 đ');
    expect(await page.getByTestId('pay-online').isEnabled()).toBe(true);
    // While the fee is owed the clock is paused, and the page says so.
    expect(await page.getByTestId('dossier-clock').textContent()).toContain('Thời hạn giải quyết đang tạm dừng');
    expect(await page.getByTestId('dossier-summary').textContent()).toMatch(/Ngày tiếp nhận\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    // The desk's acceptance issued the receipt (Form 01), and the supplement request its Form 02: kept for the citizen too.
    await expect.poll(async () => {
      await page.reload();
      await page.getByTestId('dossier-papers').waitFor();
      return page.locator('[data-testid="dossier-paper"][data-kind="receipt"]').count();
    }, { timeout: 20_000, interval: 1_000 }).toBe(1);
    // What the system told the citizen, step by step: the e-mails went to the address verified after registering.
    await expect.poll(async () => (await page.getByTestId('portal-notices').textContent()) ?? '', { timeout: 20_000 }).toContain('Đã gửi');
    expect(await formViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await formViolations(page)).toEqual([]);

    // Paid through the sandbox gateway: its signed page, then back to the portal's return page.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByTestId('pay-online').click();
    await page.waitForURL(/\/sandbox-gateway\/pay\?/);
    expect(await page.textContent('body')).toContain('100.000');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Thanh toán' }).click();
    await page.waitForURL(/\/payment\/return\?/);
    await expect.poll(() => page.getByTestId('payment-outcome').getAttribute('data-status')).toBe('paid');
    expect(await formViolations(page)).toEqual([]);

    // The payment was recorded against the obligation: the dossier is back in the department's hands.
    await page.goto(`${sys.baseUrl}/account/dossiers/${dossierId}`);
    await expect.poll(() => page.getByTestId('dossier-status').getAttribute('data-status')).toBe('in_progress');
    expect(await page.getByTestId('pay-online').count()).toBe(0);
    await page.context().close();
  });

  it('issues the signed result, which the citizen downloads and then rates the service', async () => {
    expect(dossierId).not.toBe('');
    const specialist = await officer(sys, 'chuyenvien');
    const { items: leaders } = await specialist.get<{ items: { id: string }[] }>(`/dossiers/${dossierId}/assignees?role=leader`);
    await specialist.act(dossierId, 'request_approval', { assigneeId: leaders[0]!.id });
    const leader = await officer(sys, 'lanhdao');
    await leader.act(dossierId, 'approve');
    await leader.act(dossierId, 'sign');
    await leader.close();
    await specialist.act(dossierId, 'issue_result', { result: { title: 'Thẻ tư vấn viên pháp luật' } });
    await specialist.close();

    const page = await openPage(sys);
    await signInAt(page, `${sys.baseUrl}/account/dossiers/${dossierId}`);
    await expect.poll(() => page.getByTestId('dossier-status').getAttribute('data-status')).toBe('result_ready');
    // The electronic result is signed and kept by the background worker a moment after the action.
    await expect.poll(async () => {
      await page.reload();
      await page.getByTestId('dossier-status').waitFor();
      return page.getByTestId('dossier-e-result').count();
    }, { timeout: 30_000, interval: 1_000 }).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dossier-e-result-download').click()]);
    const file = join(downloads, 'ket-qua.pdf');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })).toContain(`${code}-KQ1`);
    expect(execFileSync('pdfsig', [file], { encoding: 'utf8' })).toContain('Signature is Valid');

    // The nine questions of the rating, answered, with a like.
    const form = page.getByTestId('rating-form');
    await form.waitFor();
    const questions = form.locator('[data-testid^="rating-question-"]');
    expect(await questions.count()).toBe(9);
    for (let i = 0; i < 9; i++) await questions.nth(i).locator('.ant-radio-wrapper').first().click();
    await page.getByTestId('rating-like').click();
    expect(await page.getByTestId('rating-like').getAttribute('aria-pressed')).toBe('true');
    expect(await formViolations(page)).toEqual([]);
    await page.getByTestId('rating-submit').click();
    await page.getByTestId('rating-thanks').waitFor();
    expect(await formViolations(page)).toEqual([]);

    // The receipt's QR code leads to the lookup by code; for its owner, signed in, on to the full dossier page.
    await page.goto(`${sys.baseUrl}/dossier-lookup/${encodeURIComponent(code)}`);
    await expect.poll(() => page.getByTestId('lookup-status').getAttribute('data-status')).toBe('result_ready');
    await page.getByTestId('lookup-own-dossier').click();
    await page.waitForURL(`${sys.baseUrl}/account/dossiers/${dossierId}`);
    await page.getByTestId('dossier-status').waitFor();

    // The result now sits in the citizen's document store, ready to be reused in another application.
    await page.goto(`${sys.baseUrl}/account/documents`);
    await expect.poll(async () => {
      await page.reload();
      await page.getByTestId('document-store-page').waitFor();
      return (await page.getByTestId('document-store-list').textContent().catch(() => '')) ?? '';
    }, { timeout: 20_000, interval: 1_000 }).toContain('Thẻ tư vấn viên pháp luật');
    expect(await formViolations(page)).toEqual([]);

    // Its QR code's page, opened by anyone: valid, with only what the law allows.
    const papers = await (await page.request.get(`${sys.baseUrl}/api/portal/dossiers/${dossierId}/papers`)).json() as { results: { verifyUrl: string }[] };
    const stranger = await openPage(sys, { width: 390, height: 844 });
    await stranger.goto(papers.results[0]!.verifyUrl);
    await expect.poll(() => stranger.getByTestId('verify-status').getAttribute('data-status')).toBe('valid');
    expect(await stranger.getByTestId('verify-code').textContent()).toContain(`${code}-KQ1`);
    expect(await stranger.getByTestId('verify-page').textContent()).not.toContain(CITIZEN.fullName);
    expect(await seriousViolations(stranger)).toEqual([]);
    await stranger.context().close();
    await page.context().close();
  });

  it('sent the citizen an e-mail at every status change, to the local SMTP server', async () => {
    expect(code).not.toBe('');
    const mine = () => smtp.messages.filter((m) => m.to.includes(CITIZEN.email));
    await expect.poll(() => mine().some((m) => m.subject.includes('Đã có kết quả giải quyết')), { timeout: 20_000 }).toBe(true);
    const subjects = mine().map((m) => m.subject);
    expect(subjects[0]).toBe('Mã xác minh địa chỉ thư điện tử – Cổng dịch vụ công');
    for (const headline of ['Đã đăng ký trực tuyến', 'Yêu cầu bổ sung hồ sơ', 'Đã tiếp nhận hồ sơ', 'Yêu cầu thực hiện nghĩa vụ tài chính', 'Đã có kết quả giải quyết']) {
      expect(subjects.some((s) => s.startsWith(`Hồ sơ ${code}: ${headline}`)), `${headline} in ${subjects.join(' | ')}`).toBe(true);
    }
    const fee = mine().find((m) => m.subject.includes('nghĩa vụ tài chính'))!;
    expect(fee.text).toContain('100.000');
    expect(fee.text).toContain(`/account/dossiers/${dossierId}`);
  });
});
