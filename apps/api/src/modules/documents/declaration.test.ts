import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { registerAndLogIn } from '../applicants/applicants.test-support.ts';
import { dossierWorld, PROCEDURE_CODE, receive, type DossierWorld } from '../dossiers/dossiers.test-support.ts';
import { applyOnline, createOnlineApp, saveDraft, submitDraft, type ApplicantHeaders } from '../dossiers/online/online.test-support.ts';
import { pdfText } from './forms/forms.test-support.ts';

/** The birth registration declaration the demo ships, put on the demo procedure's variant as the control office would. */
const BIRTH_FORM = await readFile(new URL('../../seed/e-forms/to-khai-dang-ky-khai-sinh.json', import.meta.url), 'utf8');

const parent = (fullName: string, birthYear: number) => ({ fullName, birthYear, ethnicity: 'Kinh', nationality: 'Việt Nam', residence: 'Thôn An Phú, xã Tịnh Khê, tỉnh Quảng Ngãi' });
const ANSWERS = {
  requester: { fullName: 'Trần Văn Bình', citizenId: '051092001234', residence: 'Thôn An Phú, xã Tịnh Khê, tỉnh Quảng Ngãi', relation: 'Cha' },
  child: {
    fullName: 'Trần Minh An', birthDate: '2026-11-02', gender: 'male', ethnicity: 'Kinh', nationality: 'Việt Nam', birthPlaceKind: 'facility',
    birthFacility: 'Bệnh viện Sản - Nhi tỉnh Quảng Ngãi', birthPlace: 'Phường Cẩm Thành, tỉnh Quảng Ngãi', hometown: 'Xã Tịnh Khê, tỉnh Quảng Ngãi',
  },
  mother: parent('Nguyễn Thị Hoa', 1995),
  fatherKnown: true,
  father: parent('Trần Văn Bình', 1992),
  surrogacy: true,
  surrogate: { clinic: 'Bệnh viện Từ Dũ', confirmationNumber: '125/XN-BVTD', confirmationDate: '2026-01-05', carrierName: 'Lê Thị Thu' },
  wantsCopies: true,
  copyCount: 2,
};

describe.each(testEngines())('the applicant’s declaration (tờ khai) printed from the e-form on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  let alice: ApplicantHeaders;
  let bob: ApplicantHeaders;

  beforeAll(async () => {
    t = await createOnlineApp(engine);
    w = await dossierWorld(t);
    const p = await t.ctx.db.selectFrom('procedures').select('current_version_id').where('code', '=', PROCEDURE_CODE).executeTakeFirstOrThrow();
    await t.ctx.db.updateTable('procedure_variants').set({ e_form: BIRTH_FORM }).where('version_id', '=', p.current_version_id!).execute();
    alice = (await registerAndLogIn(t)).headers;
    bob = (await registerAndLogIn(t)).headers;
  }, 60_000);
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers });

  it('refuses a declaration with wrong or missing answers, each at its field, conditional ones included', async () => {
    const { surrogate: _s, ...rest } = ANSWERS;
    const wrong = { ...rest, child: { ...ANSWERS.child, birthDate: '02/11/2026', birthFacility: '' }, requester: { ...ANSWERS.requester, citizenId: '0510920012' } };
    const res = await submitDraft(t, alice, await saveDraft(t, alice, { formData: wrong }));
    expect(res.statusCode).toBe(400);
    const formErrors = res.json().errors.filter((e: { path: string }) => e.path.startsWith('draft.formData'));
    expect(formErrors).toEqual(expect.arrayContaining([
      { path: 'draft.formData.requester.citizenId', message: 'Không đúng mẫu quy định' },
      { path: 'draft.formData.child.birthDate', message: 'Sai định dạng (date)' },
      { path: 'draft.formData.surrogate', message: 'Bắt buộc nhập' },
    ]));
    expect(formErrors.map((e: { path: string }) => e.path).sort()).toEqual(['draft.formData.child.birthDate', 'draft.formData.requester.citizenId', 'draft.formData.surrogate']);
  });

  it('prints the labelled answers for the owner and for officers in scope; others find nothing', async () => {
    const id = await applyOnline(t, alice, { formData: ANSWERS });
    const papers = await get(`/api/portal/dossiers/${id}/papers`, alice);
    expect(papers.json().declarationUrl).toBe(`/api/portal/dossiers/${id}/declaration/pdf`);
    const mine = await get(papers.json().declarationUrl, alice);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.headers['content-type']).toBe('application/pdf');

    const text = pdfText(mine.rawPayload);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỜ KHAI ĐĂNG KÝ KHAI SINH', 'Kính gửi: Sở Tư pháp',
      'Người được khai sinh', 'Trần Minh An', '02/11/2026', 'Nam', 'Tại cơ sở khám bệnh, chữa bệnh', 'Bệnh viện Sản - Nhi tỉnh Quảng Ngãi',
      'Thông tin người mẹ', 'Nguyễn Thị Hoa', 'Trẻ sinh ra do mang thai hộ?', 'Bệnh viện Từ Dũ', '05/01/2026', 'Số lượng bản sao', 'NGƯỜI KHAI', 'Trần Văn Bình',
    ]) expect(text).toContain(expected);
    expect(text).toMatch(/Đã xác định được người cha\?\s+Có/);

    const officerPapers = await get(`/api/dossiers/${id}/papers`, w.desk.headers);
    expect(officerPapers.json().declarationUrl).toBe(`/api/dossiers/${id}/declaration/pdf`);
    const officer = await get(`/api/dossiers/${id}/declaration/pdf`, w.desk.headers);
    expect(officer.statusCode).toBe(200);
    expect(pdfText(officer.rawPayload)).toContain('Trần Minh An');
    // Every print is the same document.
    expect(officer.rawPayload.equals((await get(`/api/dossiers/${id}/declaration/pdf`, w.desk.headers)).rawPayload)).toBe(true);

    expect((await get(`/api/portal/dossiers/${id}/declaration/pdf`, bob)).statusCode).toBe(404);
    expect((await get(`/api/dossiers/${id}/declaration/pdf`, w.communeDesk.headers)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}/declaration/pdf` })).statusCode).toBe(401);
  });

  it('has no declaration for a dossier received at the desk', async () => {
    const { id } = (await receive(t, w)).json();
    expect((await get(`/api/dossiers/${id}/papers`, w.desk.headers)).json().declarationUrl).toBeNull();
    const res = await get(`/api/dossiers/${id}/declaration/pdf`, w.desk.headers);
    expect(res.statusCode).toBe(404);
    expect(res.json().detail ?? res.json().title).toContain('không có tờ khai điện tử');
  });
});
