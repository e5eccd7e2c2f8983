import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { registerAndLogIn } from '../applicants/applicants.test-support.ts';
import { act, receive, stepsToIssuedResult, view, walk, type DossierWorld } from './dossiers.test-support.ts';
import { createOnlineApp, onlineWorld, PNG, uniquePdf, upload } from './online/online.test-support.ts';

function multipart(bytes: Buffer) {
  const boundary = '----motcua-cite';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(testEngines())('citing a stored file by its id on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;
  let applicantFile: string;

  const officerUpload = async (session: Session, bytes: Buffer = uniquePdf()): Promise<string> => {
    const m = multipart(bytes);
    const res = await t.app.inject({ method: 'POST', url: '/api/files', headers: { ...session.headers, ...m.headers }, payload: m.payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const withScan = (fileId: string) => ({
    documents: [
      { requirement: 0, name: 'Giấy xác nhận về thời gian công tác pháp luật của người được đề nghị', originals: 1, copies: 0, fileId },
      { requirement: 1, name: 'Giấy đề nghị cấp Thẻ tư vấn viên pháp luật', originals: 1, copies: 0 },
      { requirement: 2, name: 'Bản sao Bằng cử nhân luật', originals: 0, copies: 1 },
    ],
  });
  const refusedAt = (path: string) => ({ type: expect.stringContaining('validation'), errors: [{ path, message: 'Không tìm thấy tệp bản quét đã tải lên' }] });

  beforeAll(async () => {
    t = await createOnlineApp(engine);
    w = await onlineWorld(t);
    const applicant = (await registerAndLogIn(t)).headers;
    const res = await upload(t, applicant, uniquePdf());
    expect(res.statusCode, res.body).toBe(201);
    applicantFile = res.json().id;
  }, 60_000);
  afterAll(() => t.close());

  it("refuses at receipt another unit's scan and an applicant's upload, as if they did not exist, and nothing is attached", async () => {
    const communeScan = await officerUpload(w.communeDesk);
    for (const fileId of [communeScan, applicantFile, 'no-such-file']) {
      const res = await receive(t, w, withScan(fileId));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject(refusedAt('body.documents.0.fileId'));
    }
    expect(await t.ctx.db.selectFrom('dossier_documents').select('id').where('file_id', 'in', [communeScan, applicantFile]).execute()).toEqual([]);
  });

  it("accepts the desk's own scan, which the dossier's officers then read; the commune desk's scan stays unreadable to them", async () => {
    const own = await officerUpload(w.desk, PNG);
    const res = await receive(t, w, withScan(own));
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    const scanned = (await view(t, w.desk, id)).documents.find((d: { file: unknown }) => d.file !== null);
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}/documents/${scanned.id}/file`, headers: w.desk.headers })).rawPayload.equals(PNG)).toBe(true);
    // Files are read only through a dossier: there is no route that hands out a stored file by its id.
    const communeScan = await officerUpload(w.communeDesk);
    for (const fileId of [communeScan, applicantFile]) {
      expect((await t.app.inject({ method: 'GET', url: `/api/files/${fileId}`, headers: w.desk.headers })).statusCode).toBe(404);
    }
  });

  it("refuses a result file the issuing officer did not upload, and takes one they did", async () => {
    const { id } = (await receive(t, w)).json();
    await walk(t, id, stepsToIssuedResult(w).slice(0, -1));
    const deskScan = await officerUpload(w.desk);
    for (const fileId of [deskScan, applicantFile]) {
      const res = await act(t, w.specialist, id, 'issue_result', { result: { title: 'Thẻ tư vấn viên pháp luật', fileId } });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject(refusedAt('body.result.fileId'));
    }
    const own = await officerUpload(w.specialist);
    const res = await act(t, w.specialist, id, 'issue_result', { result: { title: 'Thẻ tư vấn viên pháp luật', fileId: own } });
    expect(res.statusCode, res.body).toBe(200);
  });

  it("refuses in a supplement recorded at the desk a file the desk officer did not upload", async () => {
    const { id } = (await receive(t, w)).json();
    await walk(t, id, [[w.desk, 'transfer', {}], [w.leader, 'assign', { assigneeId: w.officers.specialist }], [w.specialist, 'start_step', {}]]);
    const requested = await act(t, w.specialist, id, 'request_supplement', { reason: 'Thiếu bằng', missingDocuments: ['Bản sao Bằng cử nhân luật'] });
    expect(requested.statusCode, requested.body).toBe(200);
    const cite = (fileId: string) => act(t, w.desk, id, 'submit_supplement', { documents: [{ requirement: 2, name: 'Bản sao Bằng cử nhân luật', originals: 0, copies: 1, fileId }] });
    for (const fileId of [applicantFile, await officerUpload(w.communeDesk)]) {
      const res = await cite(fileId);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject(refusedAt('body.documents.0.fileId'));
    }
    const res = await cite(await officerUpload(w.desk));
    expect(res.statusCode, res.body).toBe(200);
  });
});
