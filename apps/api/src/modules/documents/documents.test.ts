import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logInAs, type TestApp } from '../../test/test-app.ts';
import { testEngines } from '../../test/test-database.ts';
import { registerAndLogIn } from '../applicants/applicants.test-support.ts';
import { loadReferenceCalendar } from '../calendar/index.ts';
import { act, dossierWorld, receive, stepsToIssuedResult, walk, type DossierWorld } from '../dossiers/dossiers.test-support.ts';

const work = mkdtempSync(join(tmpdir(), 'motcua-documents-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function pdfText(bytes: Buffer): string {
  const file = join(work, `${createHash('sha256').update(bytes).digest('hex')}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

function pdfsig(bytes: Buffer): { output: string; ok: boolean } {
  const file = join(work, `sig-${createHash('sha256').update(bytes).digest('hex')}.pdf`);
  writeFileSync(file, bytes);
  try {
    return { output: execFileSync('pdfsig', [file], { encoding: 'utf8' }), ok: true };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { output: `${e.stdout ?? ''}${e.stderr ?? ''}`, ok: false };
  }
}

describe.each(testEngines())('official documents on %s', (engine) => {
  let t: TestApp;
  let w: DossierWorld;

  beforeAll(async () => {
    t = await createTestApp(engine, { SESSION_IDLE_MINUTES: '100000', SESSION_ABSOLUTE_HOURS: '10000', PUBLIC_BASE_URL: 'https://dichvucong.quangngai.gov.vn' });
    await loadReferenceCalendar(t.ctx);
    t.clock.set(new Date('2026-11-23T02:00:00.000Z'));
    w = await dossierWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  const runJobs = async () => {
    while ((await t.worker.runOnce()) > 0);
  };
  const get = (url: string, session = w.desk) => t.app.inject({ method: 'GET', url, headers: session.headers });
  const papersOf = async (id: string, session = w.desk) => {
    const res = await get(`/api/dossiers/${id}/papers`, session);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('issues the receipt when the dossier is received, keeps it, and a reprint gives the same bytes', async () => {
    const { id, code } = (await receive(t, w)).json();
    // The desk prints at once, before the event job ran: the receipt is issued on demand.
    const first = await get(`/api/dossiers/${id}/receipt/pdf`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    await runJobs();
    const papers = await papersOf(id);
    expect(papers.forms).toHaveLength(1);
    const receipt = papers.forms[0];
    expect(receipt).toMatchObject({ kind: 'receipt', title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', actionSeq: 1, signed: true });
    expect(receipt.number).toMatch(/^\d+\/TN-TTPVHCC$/);
    const again = await get(receipt.url);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(createHash('sha256').update(again.rawPayload).digest('hex')).toBe(receipt.sha256);

    const text = pdfText(again.rawPayload);
    expect(text).toContain(code);
    expect(text).toContain('Nguyễn Thị Hồng Nhung');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH');
    expect(text).toContain('23/11/2026');
    // The QR code's target is printed under it: the public lookup of this very dossier.
    expect(text.replace(/\s+/g, '')).toContain(`https://dichvucong.quangngai.gov.vn/dossier-lookup/${code}`);
    const signature = pdfsig(again.rawPayload);
    expect(signature.output).toContain('Signature is Valid');
  });

  it('answers the public lookup with the code and status only, and not for unknown codes', async () => {
    const { code } = (await receive(t, w)).json();
    const res = await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${code}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ code, status: 'received', statusLabel: expect.any(String), nationalStatus: 2, updatedAt: expect.any(String), ownDossierId: null });
    expect(res.body).not.toContain('Nguyễn');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/public/dossiers/51.STP-990101-9999' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toContain('Không tìm thấy hồ sơ');
  });

  it('keeps a supplement request (Form 02) with the whole list, numbered by the issuing agency', async () => {
    const { id } = (await receive(t, w)).json();
    expect((await act(t, w.desk, id, 'transfer')).statusCode).toBe(200);
    expect((await act(t, w.leader, id, 'assign', { assigneeId: w.officers.specialist })).statusCode).toBe(200);
    const res = await act(t, w.specialist, id, 'request_supplement', {
      reason: 'Hồ sơ thiếu giấy tờ chứng minh thời gian công tác', missingDocuments: ['Bản sao Bằng cử nhân luật có chứng thực', 'Giấy xác nhận thời gian công tác'],
    });
    expect(res.statusCode, res.body).toBe(200);
    await runJobs();
    const papers = await papersOf(id);
    const form = papers.forms.find((f: { kind: string }) => f.kind === 'supplement_request');
    expect(form.number).toMatch(/^\d+\/PBS-STP$/);
    const text = pdfText((await get(form.url)).rawPayload);
    expect(text).toContain('Bản sao Bằng cử nhân luật có chứng thực');
    expect(text).toContain('Giấy xác nhận thời gian công tác');
    expect(text).toContain('SỞ TƯ PHÁP');
  });

  it('signs the electronic result, verifies it publicly, and a corrected result revokes the first', async () => {
    const { id, code } = (await receive(t, w)).json();
    await walk(t, id, stepsToIssuedResult(w));
    await runJobs();
    const papers = await papersOf(id);
    expect(papers.results).toHaveLength(1);
    const result = papers.results[0];
    expect(result).toMatchObject({ resultCode: `${code}-KQ1`, title: 'Thẻ tư vấn viên pháp luật', status: 'valid', verifications: 0 });
    const pdf = (await get(result.url)).rawPayload;
    const signed = pdfsig(pdf);
    expect(signed.output).toContain('Signature is Valid');
    expect(signed.output).toContain('ETSI.CAdES.detached');
    expect(signed.output).toContain('Sở Tư pháp');
    expect(pdfText(pdf)).toContain(`${code}-KQ1`);
    // One byte changed inside the signed range: the signature no longer verifies.
    const tampered = Buffer.from(pdf);
    const at = tampered.indexOf('/MediaBox') + 2;
    tampered[at] = tampered[at]! ^ 0x01;
    const broken = pdfsig(tampered).output;
    expect(broken).not.toContain('Signature is Valid');
    expect(broken).toMatch(/Signature is Invalid|Digest Mismatch/);

    // The QR code's page: only what the law allows, and each check is recorded.
    const url = new URL(result.verifyUrl);
    expect(url.pathname).toBe(`/verify/${code}-KQ1`);
    const check = await t.app.inject({ method: 'GET', url: `/api/public/e-results/${code}-KQ1?t=${url.searchParams.get('t')}` });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({ resultCode: `${code}-KQ1`, issuingBody: 'Sở Tư pháp', status: 'valid', signed: true });
    expect(check.body).not.toContain('Nguyễn');
    expect(check.body).not.toContain('051190001234');
    const guessed = await t.app.inject({ method: 'GET', url: `/api/public/e-results/${code}-KQ1?t=AAAAAAAAAAAAAAAA` });
    expect(guessed.statusCode).toBe(404);
    expect((await papersOf(id)).results[0].verifications).toBe(1);

    // Returned, then corrected by the agency: …-KQ2 is issued and the first result verifies as revoked.
    expect((await act(t, w.desk, id, 'return_result', { returnMethod: 'electronic' })).statusCode).toBe(200);
    expect((await act(t, w.desk, id, 'correct_result', { reason: 'Sai ngày sinh trên thẻ' })).statusCode).toBe(200);
    expect((await act(t, w.specialist, id, 'issue_result', { result: { title: 'Thẻ tư vấn viên pháp luật (đính chính)' } })).statusCode).toBe(200);
    await runJobs();
    const after = await papersOf(id);
    expect(after.results.map((r: { resultCode: string; status: string }) => [r.resultCode, r.status])).toEqual([[`${code}-KQ1`, 'revoked'], [`${code}-KQ2`, 'valid']]);
    const revoked = await t.app.inject({ method: 'GET', url: `/api/public/e-results/${code}-KQ1?t=${url.searchParams.get('t')}` });
    expect(revoked.json()).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });

    // A leader of the issuing agency may revoke; a specialist may not.
    const second = after.results[1];
    const bySpecialist = await t.app.inject({ method: 'POST', url: `/api/e-results/${second.id}/revoke`, headers: w.specialist.headers, payload: { reason: 'Cấp nhầm đối tượng' } });
    expect(bySpecialist.statusCode).toBe(403);
    const byLeader = await t.app.inject({ method: 'POST', url: `/api/e-results/${second.id}/revoke`, headers: w.leader.headers, payload: { reason: 'Cấp nhầm đối tượng' } });
    expect(byLeader.statusCode, byLeader.body).toBe(204);
    expect((await papersOf(id)).results[1]).toMatchObject({ status: 'revoked', revokedReason: 'Cấp nhầm đối tượng' });
  });

  it('hides documents of dossiers out of scope, as if they did not exist', async () => {
    const { id } = (await receive(t, w)).json();
    await runJobs();
    const otherLeader = await logInAs(t.app, 'otherleader');
    expect((await get(`/api/dossiers/${id}/papers`, otherLeader)).statusCode).toBe(404);
    const docId = (await papersOf(id)).forms[0].id;
    expect((await get(`/api/issued-documents/${docId}/pdf`, otherLeader)).statusCode).toBe(404);
  });

  it("gives an applicant their own dossier's papers on the portal, and nobody else's", async () => {
    const owner = await registerAndLogIn(t);
    const stranger = await registerAndLogIn(t);
    const { id } = (await receive(t, w)).json();
    await t.ctx.db.updateTable('dossiers').set({ applicant_account_id: owner.accountId }).where('id', '=', id).execute();
    await runJobs();
    const { code } = (await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}`, headers: w.desk.headers })).json();
    // The public lookup by code points its owner, and only its owner, to the full page.
    expect((await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${code}`, headers: owner.headers })).json().ownDossierId).toBe(id);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/dossiers/${code}`, headers: stranger.headers })).json().ownDossierId).toBeNull();
    const mine = await t.app.inject({ method: 'GET', url: `/api/portal/dossiers/${id}/papers`, headers: owner.headers });
    expect(mine.statusCode, mine.body).toBe(200);
    const receipt = mine.json().forms[0];
    expect(receipt.url).toBe(`/api/portal/issued-documents/${receipt.id}/pdf`);
    const pdf = await t.app.inject({ method: 'GET', url: receipt.url, headers: owner.headers });
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload)).toContain('Nguyễn Thị Hồng Nhung');
    expect((await t.app.inject({ method: 'GET', url: `/api/portal/dossiers/${id}/papers`, headers: stranger.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: receipt.url, headers: stranger.headers })).statusCode).toBe(404);
    // An officer's session is not an applicant's, and the other way round.
    expect((await t.app.inject({ method: 'GET', url: receipt.url, headers: w.desk.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/dossiers/${id}/papers`, headers: owner.headers })).statusCode).toBe(403);
  });

  it('prints the process-control sheet and exports the register as PDF and Excel', async () => {
    const { id, code } = (await receive(t, w)).json();
    expect((await act(t, w.desk, id, 'transfer')).statusCode).toBe(200);
    const sheet = await get(`/api/dossiers/${id}/process-sheet/pdf`);
    expect(sheet.statusCode, sheet.body).toBe(200);
    const sheetText = pdfText(sheet.rawPayload);
    expect(sheetText).toContain(code);
    expect(sheetText).toContain('Tiếp nhận hồ sơ');

    const pdf = await get('/api/dossiers/register/export?from=2026-11-23&to=2026-11-23&format=pdf');
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdfText(pdf.rawPayload)).toContain(code);
    const xlsx = await get('/api/dossiers/register/export?from=2026-11-23&to=2026-11-23&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('attachment');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toContain(code);
    expect(cells.join(' ')).toContain('Nguyễn Thị Hồng Nhung');
    const backwards = await get('/api/dossiers/register/export?from=2026-11-24&to=2026-11-23');
    expect(backwards.statusCode).toBe(400);
  });
});
