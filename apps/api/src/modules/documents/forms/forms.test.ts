import { describe, expect, it } from 'vitest';
import type { ReceiptForm } from './form-data.ts';
import * as sample from './forms.test-support.ts';
import { poppler, pdfInfo, pdfText, pdfWords } from './forms.test-support.ts';
import { renderFormPdf } from './index.ts';

const A5 = '419.53 x 595.28 pts';
const A4 = '595.28 x 841.89 pts (A4)';
const A4_LANDSCAPE = '841.89 x 595.28 pts (A4)';

/** The text with runs of spaces collapsed (the layout mode pads columns with spaces). */
const flat = (text: string) => text.replace(/[ \t]+/g, ' ');

function expectHeading(text: string) {
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(text).toContain('UBND TỈNH QUẢNG NGÃI');
}

describe('official forms as PDF (Circular 03/2025/TT-VPCP Annex I)', () => {
  it('01 receipt: one A5 page with the dossier, the applicant, the documents and counts, times in Vietnam time, and the lookup QR URL', async () => {
    const pdf = await renderFormPdf(sample.receipt);
    const info = pdfInfo(pdf);
    expect(info['Page size']).toBe(A5);
    expect(info.Pages).toBe('1');
    expect(info.Title).toBe(`Giấy tiếp nhận hồ sơ và hẹn trả kết quả ${sample.DOSSIER_CODE}`);
    expect(info.Creator).toBe('MotCua');
    expect(info.CreationDate).toMatch(/Nov 23 08:30:00 2026 UTC/);

    const text = pdfText(pdf);
    const line = pdfWords(pdf);
    expectHeading(text);
    expect(text).toContain('Mẫu số 01');
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('TRUNG TÂM PHỤC VỤ HÀNH');
    expect(text).toContain('Số: 125/TTPVHCC');
    expect(text).toContain('Quảng Ngãi, ngày 23 tháng 11 năm 2026');
    expect(text).toContain(`Mã hồ sơ: ${sample.DOSSIER_CODE}`);
    expect(text).toContain('Nguyễn Thị Hồng Nhung');
    expect(text).toContain('Số định danh cá nhân: 051190001234');
    expect(text).toContain('Chứng thực bản sao');
    // 2026-11-23T08:30Z is 15:30 in Vietnam; due 2026-11-30T09:00Z is 16:00.
    expect(line).toContain('Thời gian nhận hồ sơ: 15 giờ 30 phút, ngày 23/11/2026');
    expect(line).toContain('16 giờ 00 phút,');
    expect(line).toContain('30/11/2026');
    expect(line).toContain('2. Số lượng hồ sơ: 01 bộ');
    expect(line).toContain('3. Thời gian giải quyết hồ sơ theo quy định: 05 ngày làm việc');
    // Each document with its originals and copies.
    expect(line).toMatch(/1 Bản chính Giấy khai sinh 01 00/);
    expect(line).toMatch(/2 Bản chính Bằng tốt nghiệp đại học 01 03/);
    expect(line).toMatch(/3 Căn cước công dân \(xuất trình\) 00 02/);
    expect(line).toContain('Quyển số: 03/2026, Số thứ tự: 975');
    expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text).toContain('(Ký, ghi rõ họ tên)');
    expect(text).toContain('Trần Văn Đức');
    expect(text).toContain(sample.receipt.lookupUrl);
  });

  it('01 receipt: prints the cases that applied at receipt under the documents, on the same single page', async () => {
    const withCases: ReceiptForm = { ...sample.receipt, appliedCases: ['Có ủy quyền cho người khác đi đăng ký không?', 'Trẻ sinh ra do mang thai hộ?'] };
    const pdf = await renderFormPdf(withCases);
    expect(pdfInfo(pdf).Pages).toBe('1');
    expect(flat(pdfWords(pdf))).toContain('Trường hợp: Có ủy quyền cho người khác đi đăng ký không?; Trẻ sinh ra do mang thai hộ?');
    expect(pdfText(await renderFormPdf(sample.receipt))).not.toContain('Trường hợp:');
  });

  it('prints a time across midnight UTC on the Vietnamese date, and an on-the-spot receipt without a due time', async () => {
    const late: ReceiptForm = { ...sample.receipt, receivedAt: '2026-11-23T20:05:00Z', dueAt: null };
    const line = pdfWords(await renderFormPdf(late));
    expect(line).toContain('03 giờ 05 phút, ngày 24/11/2026');
    expect(line).toContain('Giải quyết ngay khi tiếp nhận');
  });

  it('prints decomposed (NFD) input back in NFC', async () => {
    const nfd = (s: string) => s.normalize('NFD');
    const data: ReceiptForm = {
      ...sample.receipt,
      procedureName: nfd(sample.receipt.procedureName),
      applicant: { ...sample.applicant, name: nfd('Nguyễn Thị Hồng Nhung') },
      heading: { ...sample.centreHeading, issuer: { ...sample.centreHeading.issuer, fullName: nfd('Sở Tư pháp tỉnh Quảng Ngãi') } },
    };
    const text = pdfText(await renderFormPdf(data));
    expect(text).toContain('Nguyễn Thị Hồng Nhung');
    expect(text).toContain('Sở Tư pháp tỉnh Quảng Ngãi');
    expect(text).toContain('Chứng thực bản sao');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('renders the same data to the same bytes', async () => {
    const a = await renderFormPdf(sample.receipt);
    const b = await renderFormPdf(structuredClone(sample.receipt));
    expect(a.equals(b)).toBe(true);
  });

  it('numbers the forms the 2018 way (BM01–BM06) when asked, 2025 by default', async () => {
    const receipt2018 = pdfText(await renderFormPdf(sample.receipt, { numbering: '2018' }));
    expect(receipt2018).toContain('BM01');
    expect(receipt2018).not.toContain('Mẫu số');
    const sheet2018 = pdfText(await renderFormPdf(sample.processSheet, { numbering: '2018' }));
    expect(sheet2018).toContain('BM05');
    const apology2018 = pdfText(await renderFormPdf(sample.apology, { numbering: '2018' }));
    expect(apology2018).toContain('BM04');
    expect(apology2018).toContain('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    const apology2025 = pdfWords(await renderFormPdf(sample.apology));
    expect(apology2025).toContain('Mẫu số 04');
    expect(apology2025).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    // The notice of stopping has no 2018 counterpart: no number at all.
    const stop2018 = pdfText(await renderFormPdf(sample.stopNotice, { numbering: '2018' }));
    expect(stop2018).not.toMatch(/BM0|Mẫu số/);
    expect(stop2018).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
  });

  it('02 supplement request: the whole list once, the reason and whom to call', async () => {
    const pdf = await renderFormPdf(sample.supplementRequest);
    expect(pdfInfo(pdf)['Page size']).toBe(A5);
    const text = pdfText(pdf);
    const line = pdfWords(pdf);
    expectHeading(text);
    expect(text).toContain('Mẫu số 02');
    expect(text).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(text).toContain(`Mã hồ sơ: ${sample.DOSSIER_CODE}`);
    expect(text).toContain('Nguyễn Thị Hồng Nhung');
    expect(flat(text)).toContain('1. Bản chính Bằng tốt nghiệp đại học');
    expect(flat(text)).toContain('2. Tờ khai yêu cầu chứng thực');
    expect(line).toContain('Lý do: Bản chính không đủ điều kiện');
    expect(line).toContain('0255 3822 111');
    expect(line).toContain('15 giờ 30 phút, ngày 23/11/2026');
    expect(text).toContain('NGƯỜI HƯỚNG DẪN');
  });

  it('03 refusal: the request and the reasons', async () => {
    const pdf = await renderFormPdf(sample.refusal);
    expect(pdfInfo(pdf)['Page size']).toBe(A5);
    const text = pdfText(pdf);
    const line = pdfWords(pdf);
    expectHeading(text);
    expect(text).toContain('Mẫu số 03');
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain(`Mã hồ sơ: ${sample.DOSSIER_CODE}`);
    expect(line).toContain('chưa được hợp pháp hóa lãnh sự');
    expect(text).toContain('Nguyễn Thị Hồng Nhung');
    // No dossier code (refused at the desk before one was given), and a body without a superior one.
    const heading = { ...sample.refusal.heading, issuer: { ...sample.refusal.heading.issuer, parentName: null } };
    const bare = pdfText(await renderFormPdf({ ...sample.refusal, dossierCode: null, heading }));
    expect(bare).not.toContain('Mã hồ sơ');
    expect(bare).not.toContain('UBND');
    expect(bare).toContain('TRUNG TÂM PHỤC VỤ HÀNH');
  });

  it('04 apology: the original and the new return times, signed by the head of the agency', async () => {
    const pdf = await renderFormPdf(sample.apology);
    expect(pdfInfo(pdf)['Page size']).toBe(A5);
    const text = pdfText(pdf);
    const line = pdfWords(pdf);
    expectHeading(text);
    expect(text).toContain('SỞ TƯ PHÁP');
    expect(line).toContain('Kính gửi: Nguyễn Thị Hồng Nhung');
    expect(line).toContain('Ngày 23/11/2026, Sở Tư pháp tỉnh Quảng Ngãi tiếp nhận');
    expect(line).toContain('16 giờ 00 phút, ngày 30/11/2026');
    expect(line).toContain('16 giờ 00 phút, ngày 03/12/2026');
    expect(line).toContain('Cần xác minh tính hợp lệ của văn bằng');
    expect(text).toContain('Quảng Ngãi, ngày 27 tháng 11 năm 2026');
    expect(text).toContain('GIÁM ĐỐC');
    expect(text).toContain('Lê Thị Thu Hà');
  });

  it('05 stop notice: the reason and the date it stops', async () => {
    const pdf = await renderFormPdf(sample.stopNotice);
    expect(pdfInfo(pdf)['Page size']).toBe(A5);
    const text = pdfText(pdf);
    const line = pdfWords(pdf);
    expectHeading(text);
    expect(text).toContain('Mẫu số 05');
    expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(line).toContain(`Mã hồ sơ: ${sample.DOSSIER_CODE}`);
    expect(line).toContain('dừng giải quyết hồ sơ kể từ ngày 27/11/2026');
    expect(line).toContain('có đơn đề nghị dừng giải quyết hồ sơ ngày 25/11/2026');
  });

  it('06 process sheet: A5 landscape, a row per hand-over marked early, on time or late', async () => {
    const pdf = await renderFormPdf(sample.processSheet);
    expect(pdfInfo(pdf)['Page size']).toMatch(/^595\.28 x 419\.53 pts/);
    const text = pdfText(pdf);
    const line = pdfWords(pdf);
    expectHeading(text);
    expect(text).toContain('Mẫu số 06');
    expect(text).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(line).toContain('Cơ quan (bộ phận) giải quyết hồ sơ: Sở Tư pháp');
    expect(line).toContain('Trường Đại học Phạm Văn Đồng');
    // One row each, in order: early, on time, late, still running.
    expect(line).toMatch(/Trước hạn Xong: .* Đúng hạn Xong: .* Quá hạn Xong: .* Đang giải quyết/);
    expect(line).toContain('16 giờ 00 phút, ngày');
    expect(line).toContain('Người giao: Trần Văn Đức Người nhận: Phạm Minh Khoa');
    expect(line).toContain('Chờ xác minh văn bằng');
  });

  it('07 register: A4 landscape over several pages, the header row on every page', async () => {
    const register = sample.sampleRegister(45);
    const pdf = await renderFormPdf(register);
    const info = pdfInfo(pdf);
    expect(info['Page size']).toBe(A4_LANDSCAPE);
    const pages = Number(info.Pages);
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(pdf);
    expectHeading(text);
    expect(text).toContain('Mẫu số 07');
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain('Từ ngày 01/11/2026 đến ngày 30/11/2026');
    const pageTexts = poppler('pdftotext-raw', pdf)
      .split('\f')
      .filter((p) => p.trim() !== '')
      .map((p) => p.replace(/\s+/g, ' '));
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((p, i) => {
      expect(p).toContain('TT Mã hồ sơ Tên thủ tục hành chính Tên cá nhân, tổ chức Địa chỉ, số điện thoại Cơ quan chủ trì giải quyết Nhận hồ sơ');
      expect(p).toContain(`Trang ${i + 1}/${pages}`);
    });
    for (const row of register.rows) expect(text).toContain(row.dossierCode);
    const first = flat(text.split('\f')[0]!);
    expect(first).toMatch(new RegExp(`1 ${sample.DOSSIER_CODE.replace(/\./g, '\\.')} Chứng thực bản sao từ`));
    expect(first).toMatch(/Sở Tư pháp 23\/11\/2026 30\/11\/2026 30\/11\/2026 Trực tiếp/);
    expect(first).toMatch(/15:30 16:00 16:00/);
  });

  it('07 register with no dossiers says so', async () => {
    const text = pdfText(await renderFormPdf(sample.sampleRegister(0)));
    expect(text).toContain('Không có hồ sơ trong kỳ.');
  });

  it('electronic result: A4, the result code, the body and the verification QR URL', async () => {
    const pdf = await renderFormPdf(sample.eResult);
    const info = pdfInfo(pdf);
    expect(info['Page size']).toBe(A4);
    expect(info.Title).toBe(`Kết quả chứng thực bản sao điện tử ${sample.DOSSIER_CODE}-KQ1`);
    const text = pdfText(pdf);
    const line = pdfWords(pdf);
    expectHeading(text);
    expect(text).not.toMatch(/Mẫu số|BM0/);
    expect(text).toContain('KẾT QUẢ CHỨNG THỰC BẢN SAO ĐIỆN TỬ');
    expect(text).toContain(`Mã kết quả: ${sample.DOSSIER_CODE}-KQ1`);
    expect(line).toContain('Bằng tốt nghiệp đại học số hiệu 0123456');
    expect(text).toContain(sample.eResult.verifyUrl);
  });
});
