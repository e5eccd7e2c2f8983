import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { dossierWorld, receiptBody, receive, view, type DossierWorld } from './dossiers.test-support.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a30000000049454e44ae426082', 'hex');

function multipart(filename: string, bytes: Buffer, contentType: string) {
  const boundary = '----motcua-scan';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(testEngines())('scans attached at the desk on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await dossierWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  it('keeps the scan with its checklist line and shows it only to those who may see the dossier', async () => {
    const upload = multipart('giấy đề nghị.png', PNG, 'image/png');
    const uploaded = await t.app.inject({ method: 'POST', url: '/api/files', headers: { ...w.desk.headers, ...upload.headers }, payload: upload.payload });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const documents = receiptBody(w).documents.map((d) => (d.requirement === 1 ? { ...d, fileId: uploaded.json().id } : d));
    const { id } = (await receive(t, w, { documents })).json();
    const scanned = (await view(t, w.desk, id)).documents.find((d: { file: unknown }) => d.file !== null);
    expect(scanned).toMatchObject({ name: 'Giấy đề nghị cấp Thẻ tư vấn viên pháp luật', file: { name: 'giấy đề nghị.png', mediaType: 'image/png' } });

    const url = `/api/dossiers/${id}/documents/${scanned.id}/file`;
    const res = await t.app.inject({ method: 'GET', url, headers: w.specialist.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.equals(PNG)).toBe(true);
    expect(res.headers['content-disposition']).toBe(`inline; filename="giay de nghi.png"; filename*=UTF-8''${encodeURIComponent('giấy đề nghị.png')}`);
    // The commune desk has nothing to do with this dossier: it does not exist for it.
    expect((await t.app.inject({ method: 'GET', url, headers: w.communeDesk.headers })).statusCode).toBe(404);
    const unscanned = (await view(t, w.desk, id)).documents.find((d: { file: unknown }) => d.file === null);
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}/documents/${unscanned.id}/file`, headers: w.desk.headers })).statusCode).toBe(404);
  });
});
