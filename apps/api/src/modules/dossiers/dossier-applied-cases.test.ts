import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { registerAndLogIn } from '../applicants/applicants.test-support.ts';
import { PROCEDURE_CODE, receiptBody, receive, view, type DossierWorld } from './dossiers.test-support.ts';
import { createOnlineApp, onlineWorld, portalView, saveDraft, submitDraft, type ApplicantHeaders } from './online/online.test-support.ts';

const POWER_OF_ATTORNEY = 'Văn bản ủy quyền (được chứng thực) trong trường hợp ủy quyền nộp hồ sơ';
const POOR_HOUSEHOLD = 'Giấy xác nhận hộ nghèo (để được miễn lệ phí)';

/**
 * The cases a dossier was received with (issue 12): the desk and the portal answer the variant's questions, the
 * dossier keeps the answers, and its pages and receipt show them by their question ("Trường hợp áp dụng").
 */
describe.each(testEngines())('the cases that applied to a dossier on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  let alice: ApplicantHeaders;

  beforeAll(async () => {
    t = await createOnlineApp(engine);
    w = await onlineWorld(t);
    alice = (await registerAndLogIn(t)).headers;
    // The control officer classified two more lines of the demo procedure as conditional, each with its case.
    const p = await t.ctx.db.selectFrom('procedures').select('current_version_id').where('code', '=', PROCEDURE_CODE).executeTakeFirstOrThrow();
    const variant = await t.ctx.db.selectFrom('procedure_variants').select('id').where('version_id', '=', p.current_version_id!).where('key', '=', 'v1').executeTakeFirstOrThrow();
    const line = { variant_id: variant.id, group_kind: 'submit', originals: 1, copies: 0, required: 0, condition: null, form_name: null, form_file_id: null, form_url: null, kind: 'conditional', alternative_group: null, channels: null, classified_by: null };
    await t.ctx.db.insertInto('variant_documents').values([
      { ...line, position: 3, name: POWER_OF_ATTORNEY, case_key: 'uy-quyen', case_question: 'Có ủy quyền cho người khác nộp hồ sơ không?' },
      { ...line, position: 4, name: POOR_HOUSEHOLD, case_key: 'ho-ngheo', case_question: 'Người nộp thuộc hộ nghèo?' },
    ]).execute();
  }, 60_000);
  afterAll(() => t.close());

  const base = receiptBody({ procedureId: '' } as DossierWorld).documents;

  it('asks the desk for the power of attorney only when "ủy quyền" is yes, and keeps the answers with the dossier, by question', async () => {
    const refused = await receive(t, w, { cases: { 'uy-quyen': true } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ path: 'body.documents', message: `Thiếu giấy tờ: ${POWER_OF_ATTORNEY}` }]);

    const res = await receive(t, w, { cases: { 'uy-quyen': true }, documents: [...base, { requirement: 3, name: POWER_OF_ATTORNEY, originals: 1, copies: 0 }] });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    expect((await view(t, w.desk, id)).appliedCases).toEqual([
      { key: 'uy-quyen', question: 'Có ủy quyền cho người khác nộp hồ sơ không?', applies: true },
      { key: 'ho-ngheo', question: 'Người nộp thuộc hộ nghèo?', applies: false },
    ]);
    const receipt = await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}/receipt`, headers: w.desk.headers });
    expect(receipt.statusCode, receipt.body).toBe(200);
    expect(receipt.json().appliedCases).toEqual(['Có ủy quyền cho người khác nộp hồ sơ không?']);
    expect(receipt.json().documents.map((d: { name: string }) => d.name).at(-1)).toBe(POWER_OF_ATTORNEY);
  });

  it('receives with only the unconditional documents when no case is answered: every case kept as not applying', async () => {
    const res = await receive(t, w);
    expect(res.statusCode, res.body).toBe(201);
    const detail = await view(t, w.desk, res.json().id);
    expect(detail.appliedCases.map((c: { key: string; applies: boolean }) => [c.key, c.applies])).toEqual([['uy-quyen', false], ['ho-ngheo', false]]);
  });

  it('keeps the applicant’s answers in the draft and shows them on the applicant’s and the officer’s pages', async () => {
    const draftId = await saveDraft(t, alice, { cases: { 'ho-ngheo': true } }, [0, 1, 2, 4]);
    const resumed = await t.app.inject({ method: 'GET', url: `/api/portal/drafts/${draftId}`, headers: alice });
    expect(resumed.json().cases).toEqual({ 'ho-ngheo': true });
    const submitted = await submitDraft(t, alice, draftId);
    expect(submitted.statusCode, submitted.body).toBe(201);
    const id = submitted.json().id as string;
    const expected = [
      { key: 'uy-quyen', question: 'Có ủy quyền cho người khác nộp hồ sơ không?', applies: false },
      { key: 'ho-ngheo', question: 'Người nộp thuộc hộ nghèo?', applies: true },
    ];
    expect((await portalView(t, alice, id)).json().appliedCases).toEqual(expected);
    expect((await view(t, w.desk, id)).appliedCases).toEqual(expected);
  });

  it('refuses an online application without the document of a case answered yes', async () => {
    const draftId = await saveDraft(t, alice, { cases: { 'uy-quyen': true } }, [0, 1, 2]);
    const res = await submitDraft(t, alice, draftId);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'draft.requirements.3', message: `Thiếu giấy tờ: ${POWER_OF_ATTORNEY}` }]);
  });
});
