import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAndLogIn } from '../../modules/applicants/applicants.test-support.ts';
import { createOfficer, createProvince } from '../../test/factories.ts';
import { createTestApp, logInAs, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const pdfOf = (size: number) => Buffer.concat([PDF, Buffer.alloc(size - PDF.length, 0x20)]);

function multipart(bytes: Buffer) {
  const boundary = '----motcua-limits';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="giay-to.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(testEngines())('per-account upload rate and daily quota on %s', (engine) => {
  let t: TestApp;
  let officerHeaders: Record<string, string>;

  const upload = (url: string, headers: Record<string, string>, bytes: Buffer = pdfOf(100)) => {
    const m = multipart(bytes);
    return t.app.inject({ method: 'POST', url, headers: { ...headers, ...m.headers }, payload: m.payload });
  };
  const portalUpload = (headers: Record<string, string>, bytes?: Buffer) => upload('/api/portal/uploads', headers, bytes);

  beforeAll(async () => {
    // A quota of 10 000 bytes a day; 3 uploads a minute for an applicant, 5 for an officer.
    t = await createTestApp(engine, {
      UPLOAD_QUOTA_MB_PER_DAY: String(10_000 / 1024 / 1024), UPLOAD_RATE_PER_MINUTE_APPLICANT: '3', UPLOAD_RATE_PER_MINUTE_OFFICER: '5',
      SESSION_IDLE_MINUTES: '1000000', SESSION_ABSOLUTE_HOURS: '100000',
    });
    const province = await createProvince(t.ctx.db);
    await createOfficer(t.ctx.db, { username: 'scanner', roles: [{ role: 'desk_officer', unit: province.commune }] });
    officerHeaders = (await logInAs(t.app, 'scanner')).headers;
  }, 60_000);
  afterAll(() => t.close());

  it("limits each applicant account's uploads per minute, whatever the address, with 429 in Vietnamese", async () => {
    const alice = (await registerAndLogIn(t)).headers;
    const bob = (await registerAndLogIn(t)).headers;
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await portalUpload(alice)).statusCode);
    expect(codes).toEqual([201, 201, 201, 429]);
    const refused = await portalUpload(alice);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED', title: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.' });
    // Another account from the same address has its own count.
    expect((await portalUpload(bob)).statusCode).toBe(201);
  });

  it('gives officers their own, higher, per-account rate', async () => {
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await upload('/api/files', officerHeaders)).statusCode);
    expect(codes).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it('refuses an applicant upload over UPLOAD_QUOTA_MB_PER_DAY within 24 hours, and takes it again a day later', async () => {
    const carol = (await registerAndLogIn(t)).headers;
    expect((await portalUpload(carol, pdfOf(6_000))).statusCode).toBe(201);
    const over = await portalUpload(carol, pdfOf(6_000));
    expect(over.statusCode).toBe(429);
    expect(over.headers['content-type']).toContain('application/problem+json');
    expect(over.json()).toMatchObject({
      code: 'UPLOAD_QUOTA_EXCEEDED', title: 'Tài khoản đã tải lên quá dung lượng cho phép trong 24 giờ. Vui lòng thử lại sau.',
      usedBytes: 6_000, quotaBytes: 10_000,
    });
    t.clock.set(new Date(t.clock.now().getTime() + 24 * 60 * 60 * 1000 + 1000));
    expect((await portalUpload(carol, pdfOf(6_000))).statusCode).toBe(201);
  });
});
