import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../test/test-app.ts';
import { createTestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { registerAndLogIn } from '../applicants/applicants.test-support.ts';
import { catalogWorld, procedureBody, type CatalogWorld } from './catalog.test-support.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

function multipart(bytes: Buffer) {
  const boundary = '----motcua-form-cite';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="to-khai.pdf"\r\nContent-Type: application/pdf\r\n\r\n`), bytes, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(testEngines())('form templates cite only files the catalog officer may name, on %s', (engine) => {
  let t: TestApp;
  let w: CatalogWorld;
  let n = 0;

  const uploadAs = async (url: string, headers: Record<string, string>) => {
    const m = multipart(Buffer.concat([PDF, Buffer.from(`%${++n}\n`)]));
    const res = await t.app.inject({ method: 'POST', url, headers: { ...headers, ...m.headers }, payload: m.payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const createWithForm = (session: Session, fileId: string, extra: Record<string, unknown> = {}) => {
    const body = procedureBody({ code: `1.99${String(++n).padStart(4, '0')}`, ...extra });
    body.variants![0]!.documents![0]!.formTemplate = { name: 'Tờ khai.pdf', fileId, url: null };
    return t.app.inject({ method: 'POST', url: '/api/catalog/procedures', headers: session.headers, payload: body });
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    w = await catalogWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  it("refuses an applicant's upload and another officer's scan, which publication would hand to anyone", async () => {
    const applicantFile = await uploadAs('/api/portal/uploads', (await registerAndLogIn(t)).headers);
    const deskScan = await uploadAs('/api/files', w.desk.headers);
    for (const fileId of [applicantFile, deskScan]) {
      const res = await createWithForm(w.control, fileId);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'body.variants.0.documents.0.formTemplate.fileId', message: 'Tệp mẫu đơn chưa được tải lên' }] });
    }
  });

  it('accepts the officer’s own upload, and a file that is already a form template of another procedure', async () => {
    const own = await uploadAs('/api/files', w.communeControl.headers);
    expect((await createWithForm(w.control, own)).statusCode).toBe(400);
    const first = await createWithForm(w.communeControl, own, { ownerUnitId: w.units.commune.id });
    expect(first.statusCode, first.body).toBe(201);
    const reused = await createWithForm(w.control, own);
    expect(reused.statusCode, reused.body).toBe(201);
  });
});
