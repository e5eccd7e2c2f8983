import { expect } from 'vitest';
import type { Engine } from '../../../db/database.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { signInbound } from './inbound-signature.ts';
import { dossierWorld, PROCEDURE_CODE, type DossierWorld } from '../dossiers.test-support.ts';

export const SENDER = 'dvcqg';
export const SENDER_SECRET = 'test-dvcqg-secret';

/** Vietnam local time as a UTC instant. */
export const vn = (local: string) => new Date(`${local}:00+07:00`).toISOString();

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
/** A PDF no other test stores: its bytes are its own blob. */
export const uniquePdf = () => Buffer.concat([PDF, Buffer.from(`%${Math.random().toString(36).slice(2)}\n`)]);
export const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a30000000049454e44ae426082', 'hex');

/** The e-form of the demo procedure's variant, as the catalog keeps it (JSON Schema 2020-12). */
export const E_FORM = {
  type: 'object',
  required: ['fullName', 'dateOfBirth', 'yearsOfPractice'],
  properties: {
    fullName: { type: 'string', minLength: 2, title: 'Họ và tên' },
    dateOfBirth: { type: 'string', format: 'date', title: 'Ngày sinh' },
    yearsOfPractice: { type: 'integer', minimum: 3, title: 'Số năm công tác pháp luật' },
    centre: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } },
  },
};
export const FORM_DATA = { fullName: 'Nguyễn Thị Hồng Nhung', dateOfBirth: '1990-05-12', yearsOfPractice: 4, centre: { name: 'Trung tâm tư vấn pháp luật Quảng Ngãi' } };
export const APPLICANT = { kind: 'individual', fullName: 'Nguyễn Thị Hồng Nhung', citizenId: '051190001234', phone: '0912345678', email: null, address: 'Phường Cẩm Thành, tỉnh Quảng Ngãi' };
/** The three required documents of the demo procedure (positions 0–2). */
export const REQUIREMENTS = [0, 1, 2];

export async function createOnlineApp(engine: Engine): Promise<TestApp> {
  const t = await createTestApp(engine, { INBOUND_CLIENTS: `${SENDER}:${SENDER_SECRET},other:other-secret`, SESSION_IDLE_MINUTES: '1000000', SESSION_ABSOLUTE_HOURS: '100000',
    // These tests upload many files per account in a few seconds; the per-account rate is tested on its own.
    UPLOAD_RATE_PER_MINUTE_APPLICANT: '1000',
  });
  t.clock.set(vn('2026-11-23T09:00'));
  return t;
}

/** The dossier world with the demo procedure's variant carrying an e-form. */
export async function onlineWorld(t: TestApp): Promise<DossierWorld> {
  const w = await dossierWorld(t);
  const p = await t.ctx.db.selectFrom('procedures').select('current_version_id').where('code', '=', PROCEDURE_CODE).executeTakeFirstOrThrow();
  await t.ctx.db.updateTable('procedure_variants').set({ e_form: JSON.stringify(E_FORM) }).where('version_id', '=', p.current_version_id!).where('key', '=', 'v1').execute();
  return w;
}

export function inboundBody(overrides: Record<string, unknown> = {}) {
  return {
    senderReference: `G22.99-${Math.random().toString(36).slice(2, 10)}`,
    procedureCode: PROCEDURE_CODE,
    variantKey: 'v1',
    applicant: APPLICANT,
    requestSummary: 'Đề nghị cấp thẻ tư vấn viên pháp luật',
    formData: FORM_DATA,
    documents: REQUIREMENTS.map((requirement) => ({ requirement, fileName: `giay-to-${requirement}.pdf`, mediaType: 'application/pdf', content: PDF.toString('base64') })),
    submittedAt: vn('2026-11-23T08:55'),
    ...overrides,
  };
}

/** The same push with its documents' bytes replaced (base64 of each). */
export function withDocumentBytes(body: ReturnType<typeof inboundBody>, bytes: Buffer[]) {
  return { ...body, documents: body.documents.map((d, i) => ({ ...d, content: bytes[i]!.toString('base64') })) };
}

export const storedFileCount = async (t: TestApp) =>
  Number((await t.ctx.db.selectFrom('stored_files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

export const hasBlob = (t: TestApp, sha256: string) => t.ctx.files.get(sha256).then(() => true, () => false);

export interface SignOptions {
  sender?: string;
  secret?: string;
  timestamp?: string;
  /** Changes the body after signing. */
  tamper?: (raw: string) => string;
}

export function signedHeaders(raw: string, now: Date, opts: SignOptions = {}) {
  const timestamp = opts.timestamp ?? now.toISOString();
  return {
    'content-type': 'application/json',
    'x-motcua-sender': opts.sender ?? SENDER,
    'x-motcua-timestamp': timestamp,
    'x-motcua-signature': signInbound(opts.secret ?? SENDER_SECRET, timestamp, raw),
  };
}

export async function pushInbound(t: TestApp, body: Record<string, unknown>, opts: SignOptions = {}) {
  const raw = JSON.stringify(body);
  const headers = signedHeaders(raw, t.clock.now(), opts);
  return t.app.inject({ method: 'POST', url: '/api/inbound/dossiers', headers, payload: opts.tamper ? opts.tamper(raw) : raw });
}

export async function inboundStatus(t: TestApp, reference: string, opts: SignOptions = {}) {
  return t.app.inject({ method: 'GET', url: `/api/inbound/dossiers/${encodeURIComponent(reference)}/status`, headers: signedHeaders('', t.clock.now(), opts) });
}

function multipart(filename: string, bytes: Buffer, contentType: string) {
  const boundary = '----motcua-portal';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export type ApplicantHeaders = Record<string, string>;

export async function upload(t: TestApp, headers: ApplicantHeaders, bytes = PDF, filename = 'giay-to.pdf', type = 'application/pdf') {
  const m = multipart(filename, bytes, type);
  return t.app.inject({ method: 'POST', url: '/api/portal/uploads', headers: { ...headers, ...m.headers }, payload: m.payload });
}

export async function uploadId(t: TestApp, headers: ApplicantHeaders, bytes = PDF): Promise<string> {
  const res = await upload(t, headers, bytes);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** A draft with one uploaded file per required document (or the given requirements only). */
export async function saveDraft(t: TestApp, headers: ApplicantHeaders, overrides: Record<string, unknown> = {}, requirements = REQUIREMENTS) {
  const documents = [];
  for (const requirement of requirements) documents.push({ requirement, fileId: await uploadId(t, headers) });
  const res = await t.app.inject({
    method: 'POST', url: '/api/portal/drafts', headers,
    payload: { procedureCode: PROCEDURE_CODE, variantKey: 'v1', applicant: APPLICANT, requestSummary: 'Đề nghị cấp thẻ tư vấn viên pháp luật', formData: FORM_DATA, documents, ...overrides },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

export async function submitDraft(t: TestApp, headers: ApplicantHeaders, draftId: string) {
  return t.app.inject({ method: 'POST', url: `/api/portal/drafts/${draftId}/submit`, headers });
}

/** Drafted and submitted through the portal; returns the new dossier's id. */
export async function applyOnline(t: TestApp, headers: ApplicantHeaders, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await submitDraft(t, headers, await saveDraft(t, headers, overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

export async function portalView(t: TestApp, headers: ApplicantHeaders, id: string) {
  return t.app.inject({ method: 'GET', url: `/api/portal/dossiers/${id}`, headers });
}
