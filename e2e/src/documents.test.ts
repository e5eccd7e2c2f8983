import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DossierPapers, IssuedDocumentSummary } from '@motcua/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, seriousViolations, startSystem, type RunningSystem } from './harness.ts';
import { openSignedIn } from './helpers.ts';

const CODE_PATTERN = /^51\.STP-\d{6}-\d{4}$/;
const PDFTOTEXT = process.env.PDFTOTEXT_PATH ?? '/usr/bin/pdftotext';

/** The text of a PDF as poppler's pdftotext reads it (what a screen reader or a search would find). */
function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The official papers of a dossier: the desk `motcua` receives one dossier of 1.000426, the receipt (Form 01) is
 * kept as a PDF whose QR code and printed URL lead to the public lookup, and a citizen without any login opens that
 * URL and sees the dossier's code and status. The dossier page lists the receipt in its papers tab.
 */
describe('official documents and the public lookup in a real browser', () => {
  let sys: RunningSystem;
  let code = '';
  let dossierId = '';
  let printedLookupUrl = '';

  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(() => sys?.stop());

  /** The desk receives a dossier of 1.000426 with all three required documents. */
  async function receiveDossier(page: Page): Promise<void> {
    await page.goto(`${sys.baseUrl}/admin/desk/receive`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('desk-procedure-search');
    await page.keyboard.type('1.000426');
    await page.getByTestId('desk-procedure-option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('desk-receive-form').waitFor();
    const rows = page.getByTestId('desk-doc-row');
    await expect.poll(() => rows.count()).toBe(3);
    for (const index of [0, 1, 2]) await rows.nth(index).getByRole('checkbox').check();
    await page.getByTestId('desk-full-name').fill('Trần Văn Giấy Tờ');
    await page.getByTestId('desk-citizen-id').fill('051190004321');
    await page.getByTestId('desk-phone').fill('0912345678');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('desk-received').waitFor();
    code = (await page.getByTestId('desk-received-code').textContent())?.trim() ?? '';
    expect(code).toMatch(CODE_PATTERN);
    // The desk prints the official PDF straight from the confirmation.
    expect(await page.getByTestId('desk-receipt-pdf').getAttribute('href')).toMatch(/^\/api\/dossiers\/[^/]+\/receipt\/pdf$/);
    await page.getByTestId('desk-open-dossier').click();
    await page.getByTestId('dossier-page').waitFor();
    dossierId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(dossierId).not.toBe('');
  }

  /** The papers as the API lists them to the signed-in officer (the page's cookies go with the request). */
  async function papersOf(page: Page): Promise<DossierPapers> {
    const response = await page.request.get(`${sys.baseUrl}/api/dossiers/${encodeURIComponent(dossierId)}/papers`);
    expect(response.status()).toBe(200);
    return (await response.json()) as DossierPapers;
  }

  it('keeps the receipt of a received dossier as a PDF with the lookup URL under its QR code, and lists it on the dossier page', async () => {
    const page = await openSignedIn(sys, 'motcua');
    await receiveDossier(page);
    // Before anything kept it, the dossier page's print button already asks for the official PDF, not the HTML page.
    await expect.poll(() => page.getByTestId('dossier-receipt-link').getAttribute('data-kind')).toBe('pdf');
    expect(await page.getByTestId('dossier-receipt-link').getAttribute('href')).toBe(`/api/dossiers/${encodeURIComponent(dossierId)}/receipt/pdf`);

    // The desk prints the receipt at once: Form 01 is issued and kept on the first request (the background job
    // that keeps it after every receipt is off in this harness), then listed among the dossier's papers.
    const printed = await page.request.get(`${sys.baseUrl}/api/dossiers/${encodeURIComponent(dossierId)}/receipt/pdf`);
    expect(printed.status()).toBe(200);
    expect(printed.headers()['content-type']).toContain('application/pdf');
    const bytes = await printed.body();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const receipt: IssuedDocumentSummary | undefined = (await papersOf(page)).forms.find((form) => form.kind === 'receipt');
    if (!receipt) throw new Error('the papers do not list the receipt');
    expect(receipt.actionSeq).toBe(1);
    expect(receipt.title).toBe('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');

    // A reprint is the very document that was issued, byte for byte.
    const pdfUrl = `${sys.baseUrl}/api/issued-documents/${encodeURIComponent(receipt.id)}/pdf`;
    for (let reprint = 0; reprint < 2; reprint += 1) {
      const again = await page.request.get(pdfUrl);
      expect(again.status()).toBe(200);
      expect(again.headers()['content-type']).toContain('application/pdf');
      expect(Buffer.compare(await again.body(), bytes)).toBe(0);
    }

    const text = pdfText(bytes);
    expect(text).toContain(code);
    expect(text.toUpperCase()).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    const printedUrl = /https?:\/\/\S+\/dossier-lookup\/\S+/.exec(text)?.[0] ?? '';
    expect(printedUrl).not.toBe('');
    const lookupUrl = new URL(printedUrl);
    expect(decodeURIComponent(lookupUrl.pathname)).toBe(`/dossier-lookup/${code}`);
    // The harness sets PUBLIC_BASE_URL to its own address: the printed URL is followed exactly as a phone would.
    expect(lookupUrl.origin).toBe(new URL(sys.baseUrl).origin);
    printedLookupUrl = printedUrl;

    // The dossier page prints the kept PDF, and its papers tab lists the receipt (Form 01) with its number.
    await page.reload();
    await page.getByTestId('dossier-page').waitFor();
    const printButton = page.getByTestId('dossier-receipt-link');
    await expect.poll(() => printButton.getAttribute('data-kind')).toBe('pdf');
    expect(await printButton.getAttribute('href')).toBe(`/api/issued-documents/${encodeURIComponent(receipt.id)}/pdf`);
    expect(await printButton.getAttribute('target')).toBe('_blank');
    await page.getByTestId('tab-papers').click();
    const row = page.locator('[data-testid="paper-row"][data-kind="receipt"]');
    await row.waitFor();
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('Mẫu 01');
    expect(rowText).toContain(receipt.number);
    expect(rowText).toContain('Xem/In');
    expect(await row.getByTestId('paper-open').getAttribute('href')).toBe(`/api/issued-documents/${encodeURIComponent(receipt.id)}/pdf`);
    expect(await page.getByTestId('process-sheet-link').getAttribute('href')).toBe(`/api/dossiers/${encodeURIComponent(dossierId)}/process-sheet/pdf`);
    expect(await page.getByTestId('papers-results').textContent()).toContain('Chưa có kết quả điện tử');
    expect(await seriousViolations(page)).toEqual([]);
    const sheet = await page.request.get(`${sys.baseUrl}/api/dossiers/${encodeURIComponent(dossierId)}/process-sheet/pdf`);
    expect(sheet.headers()['content-type']).toContain('application/pdf');
    expect(pdfText(await sheet.body())).toContain(code);

    // The register page exports Form 07 of the chosen period as PDF and Excel through plain links.
    await page.goto(`${sys.baseUrl}/admin/desk/register`);
    await page.locator(`[data-testid="register-table"] tr[data-code="${code}"]`).waitFor();
    const pdfHref = (await page.getByTestId('register-export-pdf').getAttribute('href')) ?? '';
    expect(pdfHref).toMatch(/^\/api\/dossiers\/register\/export\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&format=pdf$/);
    const register = await page.request.get(`${sys.baseUrl}${pdfHref}`);
    expect(register.status()).toBe(200);
    expect(register.headers()['content-type']).toContain('application/pdf');
    expect(pdfText(await register.body())).toContain(code);
    const xlsxHref = (await page.getByTestId('register-export-xlsx').getAttribute('href')) ?? '';
    const workbook = await page.request.get(`${sys.baseUrl}${xlsxHref}`);
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()['content-type']).toContain('spreadsheetml');
    expect((await workbook.body()).subarray(0, 2).toString('latin1')).toBe('PK');
    await page.context().close();
  });

  it('shows the status to anyone who opens the printed lookup URL, without logging in', async () => {
    expect(printedLookupUrl).not.toBe('');
    const page = await openPage(sys);
    await page.goto(printedLookupUrl);
    await page.getByTestId('lookup-result').waitFor();
    expect(await page.getByTestId('lookup-code').textContent()).toBe(code);
    expect(await page.getByTestId('lookup-status').textContent()).toContain('Đã tiếp nhận');
    expect(await page.getByTestId('lookup-updated-at').textContent()).toMatch(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tra cứu tình trạng hồ sơ');
    expect(await page.getByTestId('lookup-code-input').inputValue()).toBe(code);
    // Nothing personal of the applicant is shown.
    expect(await page.getByTestId('dossier-lookup-page').textContent()).not.toContain('Trần Văn Giấy Tờ');
    expect(await seriousViolations(page)).toEqual([]);

    // An unknown code gets a plain Vietnamese message.
    await page.getByTestId('lookup-code-input').fill('51.STP-000101-9999');
    await page.getByTestId('lookup-code-input').press('Enter');
    await page.waitForURL(/\/dossier-lookup\/51\.STP-000101-9999$/);
    await page.getByTestId('lookup-not-found').waitFor();
    expect(await page.getByTestId('lookup-not-found').textContent()).toContain('Không tìm thấy hồ sơ');
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();

    // The form works on a phone too: type the code, submit, see the status.
    const phone = await openPage(sys, { width: 375, height: 740 });
    await phone.goto(`${sys.baseUrl}/dossier-lookup`);
    await phone.getByLabel('Mã hồ sơ').fill(code);
    await phone.getByTestId('lookup-submit').click();
    await phone.getByTestId('lookup-result').waitFor();
    expect(await phone.getByTestId('lookup-status').textContent()).toContain('Đã tiếp nhận');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.context().close();
  });

  it('refuses to verify an electronic result whose code and token do not match', async () => {
    const page = await openPage(sys);
    await page.goto(`${sys.baseUrl}/verify/${encodeURIComponent(`${code}-KQ1`)}?t=not-the-real-token`);
    await page.getByTestId('verify-not-found').waitFor();
    expect(await page.getByTestId('verify-not-found').textContent()).toContain('Không xác minh được kết quả');
    expect(await page.getByTestId('verify-status').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
