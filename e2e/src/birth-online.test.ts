import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APPLICANT } from '../../apps/api/src/modules/applicants/demo-applicant.ts';
import { openPage, startSystem, type RunningSystem } from './harness.ts';
import { formViolations } from './helpers.ts';

const BIRTH = '1.001193';
const COMMUNE = 'Ủy ban nhân dân phường Cẩm Thành';
/** A small but real PDF (the server sniffs the bytes). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
/** Slots of the shipped birth record asked online: the birth certificate, and the interactive e-form's signed copy. */
const BIRTH_CERTIFICATE_SLOT = 4;
const INTERACTIVE_FORM_SLOT = 32;

/** The e-form field whose rjsf id is `eform_<path>`. */
const field = (page: Page, path: string) => page.locator(`#eform_${path}`);

/** Picks `option` in the antd select of the e-form field `path`. */
async function choose(page: Page, path: string, option: string): Promise<void> {
  await field(page, path).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).click();
  await expect.poll(() => page.locator('.ant-form-item').filter({ has: field(page, path) }).last().textContent()).toContain(option);
}

/** Answers the e-form's yes/no question `path` (rendered as two radio buttons). */
async function answer(page: Page, path: string, label: 'Có' | 'Không'): Promise<void> {
  const radio = page.locator(`[id^="eform_${path}"]`).getByRole('radio', { name: label });
  await radio.check();
  expect(await radio.isChecked()).toBe(true);
}

async function attach(page: Page, slot: number, name: string): Promise<void> {
  await page.getByTestId(`apply-slot-${slot}-input`).setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF });
  await expect.poll(() => page.getByTestId(`apply-slot-${slot}-file`).textContent()).toContain(name);
}

/**
 * The most common procedure of a commune, applied for online (issue 12): the demo citizen opens the birth
 * registration on the portal, answers its cases (none applies), fills the shipped interactive e-form, uploads the birth
 * certificate and the signed interactive form, picks her commune and submits; the dossier is hers, with its code.
 */
describe('a citizen registers a birth online with the interactive e-form and two uploads, in a real browser', () => {
  let sys: RunningSystem;
  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(() => sys?.stop());

  it('applies for 1.001193 from its public page and sees the submitted dossier', async () => {
    // Adopted by the demo province and offered online.
    const detail = await (await fetch(`${sys.baseUrl}/api/procedures/${BIRTH}`)).json() as { variants: { channels: { channel: string }[] }[]; assignedUnits: { unitName: string }[] };
    expect(detail.variants[0]!.channels.map((c) => c.channel)).toContain('online');
    expect(detail.assignedUnits.map((u) => u.unitName)).toContain(COMMUNE);

    const page = await openPage(sys);
    await page.goto(`${sys.baseUrl}/account/login`);
    await page.getByTestId('account-login-identifier').fill(DEMO_APPLICANT.email);
    await page.getByTestId('account-login-password').fill(DEMO_APPLICANT.password);
    await page.getByTestId('account-login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/account/login'));

    await page.goto(`${sys.baseUrl}/procedures/${BIRTH}`);
    await page.getByTestId('procedure-apply').waitFor();
    expect(await formViolations(page)).toEqual([]);
    await page.getByTestId('procedure-apply').click();
    await page.waitForURL(new RegExp(`/apply/${BIRTH.replaceAll('.', '\\.')}$`));
    await page.getByTestId('apply-form').waitFor();
    expect(await page.getByTestId('apply-procedure-name').textContent()).toBe('Thủ tục đăng ký khai sinh (1.001193)');

    // The commune that registers the birth.
    await page.getByTestId('apply-agency').click();
    await page.keyboard.type('Cẩm Thành');
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${COMMUNE}$`) }).click();
    await expect.poll(() => page.getByTestId('apply-agency').textContent()).toContain(COMMUNE);

    // The cases: none applies, so no conditional document is asked for.
    const questions = page.getByTestId('apply-cases').getByTestId('case-question');
    await expect.poll(() => questions.count()).toBeGreaterThan(0);
    for (const item of await questions.all()) expect(await item.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    for (const conditionalSlot of [0, 1, 3]) expect(await page.getByTestId(`apply-slot-${conditionalSlot}-input`).count()).toBe(0);
    // The paper declaration is for the desk and the post; online, the interactive form takes its place.
    expect(await page.getByTestId('apply-slot-31-input').count()).toBe(0);
    expect(await page.getByTestId(`apply-slot-${INTERACTIVE_FORM_SLOT}-input`).count()).toBe(1);

    // The interactive e-form: the requester prefilled from the profile, the rest typed.
    await page.getByTestId('apply-e-form').waitFor();
    expect(await field(page, 'requester_fullName').inputValue()).toBe(DEMO_APPLICANT.fullName);
    expect(await field(page, 'requester_citizenId').inputValue()).toBe(DEMO_APPLICANT.citizenId);
    await field(page, 'requester_relation').fill('Mẹ');
    await field(page, 'child_fullName').fill('Trần Minh An');
    await field(page, 'child_birthDate').fill('02/11/2026');
    await choose(page, 'child_gender', 'Nam');
    await field(page, 'child_ethnicity').fill('Kinh');
    await field(page, 'child_nationality').fill('Việt Nam');
    await choose(page, 'child_birthPlaceKind', 'Tại cơ sở khám bệnh, chữa bệnh');
    await field(page, 'child_birthFacility').fill('Bệnh viện Sản - Nhi tỉnh Quảng Ngãi');
    await field(page, 'child_birthPlace').fill('Phường Cẩm Thành, tỉnh Quảng Ngãi');
    await field(page, 'child_hometown').fill('Xã Tịnh Khê, tỉnh Quảng Ngãi');
    await field(page, 'child_birthCertificate').fill('125/GCS-2026');
    await field(page, 'mother_fullName').fill(DEMO_APPLICANT.fullName);
    await field(page, 'mother_birthYear').fill('1990');
    await field(page, 'mother_ethnicity').fill('Kinh');
    await field(page, 'mother_nationality').fill('Việt Nam');
    await field(page, 'mother_citizenId').fill(DEMO_APPLICANT.citizenId);
    await field(page, 'mother_residence').fill(DEMO_APPLICANT.address);
    await answer(page, 'fatherKnown', 'Không');
    await answer(page, 'surrogacy', 'Không');
    await answer(page, 'wantsCopies', 'Không');

    // The two documents asked online: the birth certificate and the signed interactive form.
    await attach(page, BIRTH_CERTIFICATE_SLOT, 'giay-chung-sinh.pdf');
    await attach(page, INTERACTIVE_FORM_SLOT, 'to-khai-khai-sinh-dien-tu.pdf');
    expect(await formViolations(page)).toEqual([]);

    await page.getByTestId('apply-submit').click();
    await page.getByTestId('apply-submitted').waitFor();
    const code = (await page.getByTestId('apply-submitted-code').textContent()) ?? '';
    expect(code).toMatch(/^[\w.]+-\d{6}-\d{4}$/);
    expect(await formViolations(page)).toEqual([]);

    await page.getByTestId('apply-submitted-open').click();
    await page.waitForURL(/\/account\/dossiers\/[^/]+$/);
    await page.getByTestId('dossier-status').waitFor();
    expect(await page.getByTestId('dossier-status').getAttribute('data-status')).toBe('newly_registered');
    expect(await page.getByTestId('dossier-code').textContent()).toBe(code);
    const documents = (await page.getByTestId('dossier-documents').textContent()) ?? '';
    expect(documents).toContain('giay-chung-sinh.pdf');
    expect(documents).toContain('to-khai-khai-sinh-dien-tu.pdf');
    expect(await page.getByTestId('e-form-answers').textContent()).toContain('Trần Minh An');
    expect(await formViolations(page)).toEqual([]);

    await page.goto(`${sys.baseUrl}/account/dossiers`);
    const mine = page.getByTestId('my-dossier').filter({ hasText: code });
    await mine.waitFor();
    expect(await mine.getByTestId('my-dossier-status').textContent()).toBe('Mới đăng ký trực tuyến, chờ kiểm tra');
    await page.context().close();
  });
});
