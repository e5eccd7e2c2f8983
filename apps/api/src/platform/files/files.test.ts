import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfficer, createProvince } from '../../test/factories.ts';
import { createTestApp, logInAs, type Session, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { discardUnusedBlobs } from './discard-blobs.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a30000000049454e44ae426082', 'hex');

function multipart(filename: string, bytes: Buffer, contentType = 'application/pdf') {
  const boundary = '----motcua-test';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(testEngines())('uploading files on %s', (engine) => {
  let t: TestApp;
  let desk: Session;

  beforeAll(async () => {
    t = await createTestApp(engine, { UPLOAD_MAX_BYTES: '4096' });
    const u = await createProvince(t.ctx.db);
    await createOfficer(t.ctx.db, { username: 'desk', roles: [{ role: 'desk_officer', unit: u.justice }] });
    desk = await logInAs(t.app, 'desk');
  });
  afterAll(() => t.close());

  const upload = (filename: string, bytes: Buffer, type?: string) => {
    const m = multipart(filename, bytes, type);
    return t.app.inject({ method: 'POST', url: '/api/files', payload: m.payload, headers: { ...desk.headers, ...m.headers } });
  };

  it('stores a PDF under its sha256 with the type read from its content', async () => {
    const res = await upload('Đơn đề nghị.pdf', PDF);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mediaType: 'application/pdf', size: PDF.length, originalName: 'Đơn đề nghị.pdf' });
    expect(res.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await t.ctx.files.get(res.json().sha256)).equals(PDF)).toBe(true);
  });

  it('keeps one copy of identical content uploaded twice', async () => {
    const a = (await upload('scan.png', PNG, 'image/png')).json();
    const b = (await upload('scan-again.png', PNG, 'image/png')).json();
    expect(a.mediaType).toBe('image/png');
    expect(a.sha256).toBe(b.sha256);
    expect(a.id).not.toBe(b.id);
  });

  it('discards, after a failed use case, only the contents its own puts created that no stored file uses', async () => {
    const mine = Buffer.concat([PDF, Buffer.from('% only this put\n')]);
    const used = Buffer.concat([PDF, Buffer.from('% a row points at this\n')]);
    const a = await t.ctx.files.put(mine);
    const b = await t.ctx.files.put(used);
    expect([a.created, b.created, (await t.ctx.files.put(mine)).created]).toEqual([true, true, false]);
    const kept = (await upload('kept.pdf', used)).json();
    // Held before this put (another use case stored it and has not written its row yet): not this put's to discard.
    const earlier = Buffer.concat([PDF, Buffer.from('% stored by someone else\n')]);
    await t.ctx.files.put(earlier);
    const before = await t.ctx.files.put(earlier);
    await discardUnusedBlobs(t.ctx, [a, b, before]);
    await expect(t.ctx.files.get(a.sha256)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.ctx.files.get(kept.sha256)).equals(used)).toBe(true);
    expect((await t.ctx.files.get(before.sha256)).equals(earlier)).toBe(true);
  });

  it('stores the name without characters that disguise it, in NFC, without path separators, shortened keeping its extension', async () => {
    // U+202E makes "Đơn\u202Efdp.exe" read as "Đơnexe.pdf"; the isolates, marks and controls hide or reorder text too.
    const disguised = (await upload(`${'Đơn'.normalize('NFD')}\u202Efdp.exe`, PDF)).json();
    expect(disguised.originalName).toBe('Đơnfdp.exe');
    expect((await upload('\u2067hồ\u200f sơ\u2069\u0085\u001b[31m.pdf', PDF)).json().originalName).toBe('hồ sơ[31m.pdf');
    // The multipart parser keeps only the last path segment; the sanitizer replaces any separator a name still holds.
    expect((await upload('../../etc/passwd', PDF)).json().originalName).toBe('passwd');
    expect((await upload('\u202e\u200e', PDF)).json().originalName).toBe('tep');
    const long = (await upload(`${'Giấy tờ '.repeat(40)}.pdf`, PDF)).json().originalName as string;
    expect([...long].length).toBe(200);
    expect(long.endsWith('Giấy tờ.pdf') || long.endsWith('.pdf')).toBe(true);
    const [row] = await t.ctx.db.selectFrom('stored_files').select('original_name').where('id', '=', disguised.id).execute();
    expect(row!.original_name).toBe('Đơnfdp.exe');
  });

  it('refuses a file whose content is not a PDF or image, whatever its name says', async () => {
    const res = await upload('hoso.pdf', Buffer.from('MZ\x90\x00 this is really an executable'), 'application/pdf');
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('UNSUPPORTED_FILE_TYPE');
  });

  it('refuses a file over the size limit', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(5000, 32)]);
    const res = await upload('big.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('FILE_TOO_LARGE');
  });

  it('refuses uploads without a session', async () => {
    const m = multipart('a.pdf', PDF);
    const res = await t.app.inject({ method: 'POST', url: '/api/files', payload: m.payload, headers: m.headers });
    expect(res.statusCode).toBe(401);
  });
});
