import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../platform/jobs/jobs.ts';
import type { TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { registerAndLogIn } from '../applicants/applicants.test-support.ts';
import { DOSSIER_EVENT } from '../dossiers/index.ts';
import { actOk, receive, stepsToIssuedResult, walk, type DossierWorld } from '../dossiers/dossiers.test-support.ts';
import {
  APPLICANT, applyOnline, createOnlineApp, FORM_DATA, onlineWorld, PDF, PNG, portalView, submitDraft, upload, uploadId, type ApplicantHeaders,
} from '../dossiers/online/online.test-support.ts';
import { EResultNotReady, keepIssuedResult } from './actions/keep-result.ts';
import { reuseCounts } from './index.ts';

interface StoredDocument {
  id: string;
  kind: 'upload' | 'result';
  name: string;
  size: number;
  valid: boolean;
  resultCode: string | null;
  dossierCode: string | null;
  revokedAt: string | null;
  timesReused: number;
  downloadUrl: string;
}

describe.each(testEngines())('the personal document store on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  let alice: { accountId: string; headers: ApplicantHeaders };
  let bob: { accountId: string; headers: ApplicantHeaders };

  beforeAll(async () => {
    t = await createOnlineApp(engine);
    w = await onlineWorld(t);
    alice = await registerAndLogIn(t);
    bob = await registerAndLogIn(t);
  }, 60_000);
  afterAll(() => t.close());

  const runJobs = async () => {
    while ((await t.worker.runOnce()) > 0);
  };
  /** Runs the jobs, then once more after the first retry's back-off: the store may see the event before the e-result exists. */
  const settle = async () => {
    await runJobs();
    t.clock.advance(60_000);
    await runJobs();
  };
  const inject = (method: 'GET' | 'POST' | 'DELETE', url: string, headers: Record<string, string>) => t.app.inject({ method, url, headers });
  const storeOf = async (who: { headers: ApplicantHeaders }): Promise<StoredDocument[]> => {
    const res = await inject('GET', '/api/portal/documents', who.headers);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  };
  const useDocument = (who: { headers: ApplicantHeaders }, id: string) => inject('POST', `/api/portal/documents/${id}/use`, who.headers);

  /** A dossier of the account, walked by the officers to an issued electronic result. */
  async function issuedResultFor(accountId: string, beforeJobs?: (dossierId: string, code: string) => Promise<void>) {
    const received = await receive(t, w);
    expect(received.statusCode, received.body).toBe(201);
    const { id, code } = received.json() as { id: string; code: string };
    await t.ctx.db.updateTable('dossiers').set({ applicant_account_id: accountId }).where('id', '=', id).execute();
    await walk(t, id, stepsToIssuedResult(w));
    await beforeJobs?.(id, code);
    await settle();
    return { id, code };
  }

  const issueSeq = async (dossierId: string) =>
    (await t.ctx.db.selectFrom('dossier_actions').select('seq').where('dossier_id', '=', dossierId).where('action', '=', 'issue_result').executeTakeFirstOrThrow()).seq;

  /** A draft of the demo procedure with these files, one per requirement position. */
  async function draftWith(headers: ApplicantHeaders, files: [number, string][]) {
    const res = await t.app.inject({
      method: 'POST', url: '/api/portal/drafts', headers,
      payload: { procedureCode: '1.000426', variantKey: 'v1', applicant: APPLICANT, formData: FORM_DATA, documents: files.map(([requirement, fileId]) => ({ requirement, fileId })) },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }

  it('keeps every portal upload in the applicant’s store, and only the applicant reaches it', async () => {
    const res = await upload(t, alice.headers, PNG, 'can-cuoc-cong-dan.png', 'image/png');
    expect(res.statusCode, res.body).toBe(201);
    const fileId = res.json().id as string;
    const doc = (await storeOf(alice)).find((d) => d.name === 'can-cuoc-cong-dan.png')!;
    expect(doc).toMatchObject({ kind: 'upload', size: PNG.length, valid: true, resultCode: null, timesReused: 0, downloadUrl: `/api/portal/documents/${doc.id}/file` });
    const download = await inject('GET', doc.downloadUrl, alice.headers);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toContain('attachment');
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect((await useDocument(alice, doc.id)).json()).toEqual({ fileId, name: 'can-cuoc-cong-dan.png', mediaType: 'image/png', size: PNG.length });

    // Bob neither lists, downloads, uses nor deletes it; an officer's session is not an applicant's.
    expect((await storeOf(bob)).map((d) => d.id)).not.toContain(doc.id);
    expect((await inject('GET', doc.downloadUrl, bob.headers)).statusCode).toBe(404);
    expect((await useDocument(bob, doc.id)).statusCode).toBe(404);
    expect((await inject('DELETE', `/api/portal/documents/${doc.id}`, bob.headers)).statusCode).toBe(404);
    expect((await inject('GET', '/api/portal/documents', w.desk.headers)).statusCode).toBe(403);

    // Alice takes it out of her store: gone from the list and the download, once.
    expect((await inject('DELETE', `/api/portal/documents/${doc.id}`, alice.headers)).statusCode).toBe(204);
    expect((await storeOf(alice)).map((d) => d.id)).not.toContain(doc.id);
    expect((await inject('GET', doc.downloadUrl, alice.headers)).statusCode).toBe(404);
    expect((await inject('DELETE', `/api/portal/documents/${doc.id}`, alice.headers)).statusCode).toBe(404);
  });

  it('keeps the electronic result of the applicant’s dossier, once, and stops offering it when revoked', async () => {
    // The store may hear of the result before the documents module has issued it: it fails, and is retried later.
    const { id, code } = await issuedResultFor(alice.accountId, async (dossierId, dossierCode) => {
      const early = keepIssuedResult(t.ctx, { dossierId, action: 'issue_result', seq: await issueSeq(dossierId) });
      await expect(early).rejects.toBeInstanceOf(EResultNotReady);
      expect((await storeOf(alice)).filter((d) => d.dossierCode === dossierCode)).toHaveLength(0);
    });
    const results = (await storeOf(alice)).filter((d) => d.dossierCode === code);
    expect(results).toHaveLength(1);
    const result = results[0]!;
    expect(result).toMatchObject({ kind: 'result', name: 'Thẻ tư vấn viên pháp luật', resultCode: `${code}-KQ1`, valid: true, revokedAt: null });
    // The same signed PDF as the dossier's own e-result download.
    const papers = (await inject('GET', `/api/portal/dossiers/${id}/papers`, alice.headers)).json();
    const official = await inject('GET', papers.results[0].url, alice.headers);
    const stored = await inject('GET', result.downloadUrl, alice.headers);
    expect(stored.statusCode).toBe(200);
    expect(stored.headers['content-type']).toBe('application/pdf');
    expect(stored.rawPayload.equals(official.rawPayload)).toBe(true);

    // The event delivered again adds nothing; Bob does not get Alice's result.
    await enqueueJob(t.ctx.db, t.clock.now().toISOString(), `${DOSSIER_EVENT}:document-store`, { dossierId: id, code, action: 'issue_result', seq: await issueSeq(id), status: 'x', nationalStatus: 0 });
    await settle();
    expect((await storeOf(alice)).filter((d) => d.dossierCode === code)).toHaveLength(1);
    expect((await storeOf(bob)).filter((d) => d.dossierCode === code)).toHaveLength(0);
    expect((await inject('GET', result.downloadUrl, bob.headers)).statusCode).toBe(404);
    // A result is the agency's record: it is not deleted from the store.
    expect((await inject('DELETE', `/api/portal/documents/${result.id}`, alice.headers)).statusCode).toBe(409);

    const fileId = (await useDocument(alice, result.id)).json().fileId as string;
    const draftId = await draftWith(alice.headers, [[0, fileId], [1, await uploadId(t, alice.headers)], [2, await uploadId(t, alice.headers)]]);

    const revoke = await t.app.inject({ method: 'POST', url: `/api/e-results/${papers.results[0].id}/revoke`, headers: w.leader.headers, payload: { reason: 'Cấp nhầm đối tượng' } });
    expect(revoke.statusCode, revoke.body).toBe(204);
    const after = (await storeOf(alice)).find((d) => d.id === result.id)!;
    expect(after).toMatchObject({ valid: false, revokedAt: expect.any(String) });
    // Still downloadable as the applicant's record, no longer reusable, and a draft holding it is not submitted.
    expect((await inject('GET', result.downloadUrl, alice.headers)).statusCode).toBe(200);
    const refused = await useDocument(alice, result.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('thu hồi');
    const submitted = await submitDraft(t, alice.headers, draftId);
    expect(submitted.statusCode, submitted.body).toBe(400);
    expect(submitted.json().errors).toEqual([{ path: 'draft.documents.0.fileId', message: expect.stringContaining('thu hồi') }]);
    expect((await inject('GET', `/api/portal/drafts/${draftId}`, alice.headers)).statusCode).toBe(200);
  });

  it('records one reuse per stored document when an online dossier is submitted with it, and counts them per agency', async () => {
    const id = await uploadId(t, alice.headers, PDF);
    const first = await submitDraft(t, alice.headers, await draftWith(alice.headers, [[0, id], [1, await uploadId(t, alice.headers)], [2, await uploadId(t, alice.headers)]]));
    expect(first.statusCode, first.body).toBe(201);
    const docOf = async (fileId: string) => {
      const row = await t.ctx.db.selectFrom('personal_documents').select('id').where('file_id', '=', fileId).executeTakeFirstOrThrow();
      return (await storeOf(alice)).find((d) => d.id === row.id)!;
    };
    // Handing a fresh upload in for the first time is not a reuse.
    expect((await docOf(id)).timesReused).toBe(0);

    const { code } = await issuedResultFor(alice.accountId);
    const result = (await storeOf(alice)).find((d) => d.resultCode === `${code}-KQ1`)!;
    const resultFile = (await useDocument(alice, result.id)).json().fileId as string;
    const fresh = await uploadId(t, alice.headers);

    t.clock.advance(3_600_000);
    const from = t.clock.now().toISOString();
    // The earlier upload fills two slots: still one reuse of that document.
    const second = await submitDraft(t, alice.headers, await draftWith(alice.headers, [[0, id], [1, resultFile], [2, id]]));
    expect(second.statusCode, second.body).toBe(201);
    const dossierId = second.json().id as string;
    expect((await docOf(id)).timesReused).toBe(1);
    expect((await docOf(resultFile)).timesReused).toBe(1);
    expect((await docOf(fresh)).timesReused).toBe(0);
    const rows = await t.ctx.db.selectFrom('document_reuses').select(['requirement']).where('dossier_id', '=', dossierId).orderBy('requirement').execute();
    expect(rows.map((r) => r.requirement)).toEqual([0, 1]);

    const agency = await t.ctx.db.selectFrom('dossiers').select('competent_unit_id').where('id', '=', dossierId).executeTakeFirstOrThrow();
    const to = new Date(Date.parse(from) + 1000).toISOString();
    expect(await reuseCounts(t.ctx.db, { from, to, unitIds: [agency.competent_unit_id] })).toEqual([{ unitId: agency.competent_unit_id, dossiers: 1, reuses: 2 }]);
    expect(await reuseCounts(t.ctx.db, { from, to })).toEqual([{ unitId: agency.competent_unit_id, dossiers: 1, reuses: 2 }]);
    expect(await reuseCounts(t.ctx.db, { from, to, unitIds: [w.units.construction.id] })).toEqual([]);
    expect(await reuseCounts(t.ctx.db, { from: to, to: new Date(Date.parse(to) + 1000).toISOString() })).toEqual([]);
    expect(await reuseCounts(t.ctx.db, { from, to, unitIds: [] })).toEqual([]);
  });

  it('records a reuse when an online dossier is supplemented with a stored document, with the supplement, and refuses a revoked result', async () => {
    const { id: resultDossier, code } = await issuedResultFor(alice.accountId);
    const result = (await storeOf(alice)).find((d) => d.resultCode === `${code}-KQ1`)!;
    expect(result.timesReused).toBe(0);
    const resultFile = (await useDocument(alice, result.id)).json().fileId as string;
    const supplement = (dossierId: string, documents: unknown[]) =>
      t.app.inject({ method: 'POST', url: `/api/portal/dossiers/${dossierId}/supplement`, headers: alice.headers, payload: { documents } });
    const askedToSupplement = async () => {
      const dossierId = await applyOnline(t, alice.headers);
      await actOk(t, w.desk, dossierId, 'request_supplement', { reason: 'Cần thẻ đã được cấp', missingDocuments: ['Thẻ tư vấn viên pháp luật đã được cấp', 'Bản sao Bằng cử nhân luật rõ nét'] });
      return dossierId;
    };
    const reusesOf = (dossierId: string) =>
      t.ctx.db.selectFrom('document_reuses').select(['personal_document_id', 'requirement']).where('dossier_id', '=', dossierId).execute();

    const dossierId = await askedToSupplement();
    const fresh = await uploadId(t, alice.headers);
    t.clock.advance(3_600_000);
    const from = t.clock.now().toISOString();
    // The result goes in as a named paper (not one of the variant's requirements), the fresh upload for a requirement.
    const res = await supplement(dossierId, [{ requirement: null, name: 'Thẻ tư vấn viên pháp luật đã được cấp', fileId: resultFile }, { requirement: 2, fileId: fresh }]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('newly_registered');
    const store = await storeOf(alice);
    expect(store.find((d) => d.id === result.id)!.timesReused).toBe(1);
    const freshDoc = await t.ctx.db.selectFrom('personal_documents').select('id').where('file_id', '=', fresh).executeTakeFirstOrThrow();
    expect(store.find((d) => d.id === freshDoc.id)!.timesReused).toBe(0);
    expect(await reusesOf(dossierId)).toEqual([{ personal_document_id: result.id, requirement: null }]);
    const agency = await t.ctx.db.selectFrom('dossiers').select('competent_unit_id').where('id', '=', dossierId).executeTakeFirstOrThrow();
    const to = new Date(Date.parse(from) + 1000).toISOString();
    expect(await reuseCounts(t.ctx.db, { from, to })).toEqual([{ unitId: agency.competent_unit_id, dossiers: 1, reuses: 1 }]);

    // Revoked, the result no longer answers a supplement: refused with its field, nothing recorded, still awaiting.
    const other = await askedToSupplement();
    const papers = (await inject('GET', `/api/portal/dossiers/${resultDossier}/papers`, alice.headers)).json();
    const revoke = await t.app.inject({ method: 'POST', url: `/api/e-results/${papers.results[0].id}/revoke`, headers: w.leader.headers, payload: { reason: 'Cấp nhầm đối tượng' } });
    expect(revoke.statusCode, revoke.body).toBe(204);
    const refused = await supplement(other, [{ requirement: 2, fileId: await uploadId(t, alice.headers) }, { requirement: null, name: 'Thẻ tư vấn viên pháp luật đã được cấp', fileId: resultFile }]);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().errors).toEqual([{ path: 'body.documents.1.fileId', message: expect.stringContaining('thu hồi') }]);
    expect((await portalView(t, alice.headers, other)).json()).toMatchObject({ status: 'awaiting_online_correction', documents: expect.not.arrayContaining([expect.objectContaining({ source: 'supplement' })]) });
    expect(await reusesOf(other)).toEqual([]);
    expect((await storeOf(alice)).find((d) => d.id === result.id)!.timesReused).toBe(1);
  });
});
