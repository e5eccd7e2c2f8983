import { describe, expect, it } from 'vitest';
import { parseChannels } from './parse-channels.ts';
import { parseDocuments } from './parse-documents.ts';
import { parseLegalBasis } from './parse-legal-basis.ts';
import { parseResults } from './parse-result.ts';

const H = 'Hình thức nộpThời gianPhí, lệ phíMô tả';

describe('parsing the channel table (cach_thuc_thuc_hien)', () => {
  it('reads channel, time with unit, fee and description rows', () => {
    const r = parseChannels(`${H}Trực tuyến15 Ngày làm việcMiễn phíDịch vụ bưu chính15 Ngày làm việcMiễn phíTrực tiếp20 Ngày4,000,000 Việt Nam Đồng(Áp dụng từ 01/7/2025)Nộp tại Sở`);
    expect(r.status).toBe('parsed');
    expect(r.value.channels).toEqual([
      { channel: 'online', timeLimit: { value: 15, unit: 'working_days' }, description: null },
      { channel: 'postal', timeLimit: { value: 15, unit: 'working_days' }, description: null },
      { channel: 'in_person', timeLimit: { value: 20, unit: 'days' }, description: 'Nộp tại Sở' },
    ]);
    expect(r.value.fees[2]).toEqual({ channel: 'in_person', kind: 'amount', amount: 4_000_000, label: '4,000,000 Việt Nam Đồng', note: 'Áp dụng từ 01/7/2025', exemptions: null });
  });

  it.each([
    ['0,5 Ngày làm việc', { value: 0.5, unit: 'working_days' }],
    ['8 Giờ', { value: 8, unit: 'working_hours' }],
    ['3 Tháng', { value: 3, unit: 'months' }],
    ['2 Tuần', { value: 14, unit: 'days' }],
  ])('reads the time %j', (cell, expected) => {
    expect(parseChannels(`${H}Trực tiếp${cell}Miễn phí`).value.channels[0]!.timeLimit).toEqual(expected);
  });

  it('takes a bare number\'s unit from the description, else assumes working days and says so', () => {
    const fromText = parseChannels(`${H}Trực tiếp5Miễn phíTrong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ`);
    expect(fromText).toMatchObject({ status: 'parsed', value: { channels: [{ timeLimit: { value: 5, unit: 'working_days' } }] } });
    const assumed = parseChannels(`${H}Trực tiếp1Miễn phí`);
    expect(assumed.status).toBe('partial');
    expect(assumed.issues[0]!.message).toContain('không ghi đơn vị');
  });

  it('splits a time glued to an amount ("1" + "20,000 VNĐ")', () => {
    const r = parseChannels(`${H}Trực tiếp120,000 VNĐ(Theo Thông tư 172/2010/TT-BTC)`);
    expect(r.value.channels[0]!.timeLimit).toEqual({ value: 1, unit: 'working_days' });
    expect(r.value.fees[0]).toMatchObject({ kind: 'amount', amount: 20_000, note: 'Theo Thông tư 172/2010/TT-BTC' });
  });

  it('recognises a fee set by the provincial council and its exemptions', () => {
    const r = parseChannels(`${H}Trực tiếp5 Ngày làm việcMiễn phí(Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định. Miễn lệ phí cho người thuộc hộ nghèo.)`);
    expect(r.value.fees[0]).toMatchObject({ kind: 'set_by_council', exemptions: 'Miễn lệ phí cho người thuộc hộ nghèo.' });
  });

  it('keeps a parenthesis after "no information" as the description', () => {
    const r = parseChannels(`${H}Trực tiếpKhông có thông tinKhông có thông tin(1) Trường hợp cấp mới: 10 ngày làm việc`);
    expect(r.value.fees).toEqual([]);
    expect(r.value.channels[0]).toEqual({ channel: 'in_person', timeLimit: { value: 10, unit: 'working_days' }, description: '(1) Trường hợp cấp mới: 10 ngày làm việc' });
  });

  it('reports a table it cannot read', () => {
    expect(parseChannels(`${H}Trực tuyếnKhông phải trả kết quảMiễn phí`).status).toBe('unparsed');
    expect(parseChannels('Không có thông tin').status).toBe('absent');
  });
});

describe('parsing the document table (thanh_phan_ho_so)', () => {
  const T = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';

  it('reads names, form files and quantities of originals and copies', () => {
    const r = parseDocuments(`--${T}Văn bản đề nghị thành lập chi nhánh;Mẫu số 04-PLIII-LS.docx1 bản chínhBản sao giấy tờ chứng minh việc thành lập hợp pháp;0 bản chính,1 bản sao`);
    expect(r.status).toBe('parsed');
    expect(r.value[0]!.rows).toEqual([
      { group: 'submit', name: 'Văn bản đề nghị thành lập chi nhánh;', originals: 1, copies: 0, formTemplate: { name: 'Mẫu số 04-PLIII-LS.docx', fileId: null, url: null } },
      { group: 'submit', name: 'Bản sao giấy tờ chứng minh việc thành lập hợp pháp;', originals: 0, copies: 1, formTemplate: null },
    ]);
  });

  it('separates documents to submit from documents to show, and sections by case', () => {
    const r = parseDocuments(`* Giấy tờ phải nộp:${T}- Tờ khai1 bản chính* Giấy tờ phải xuất trình:${T}- Căn cước1 bản chínhTrường hợp ủy quyền${T}Văn bản ủy quyền1 bản chính`);
    expect(r.value.map((s) => [s.heading, s.rows.map((d) => d.group)])).toEqual([
      ['Giấy tờ phải nộp', ['submit']],
      ['Giấy tờ phải xuất trình', ['present']],
      ['Trường hợp ủy quyền', ['submit']],
    ]);
  });

  it('keeps a quantity written inside a name in that name ("(01 bản chính hoặc 01 bản sao có chứng thực)")', () => {
    const r = parseDocuments(`--${T}Hợp đồng bảo đảm (01 bản chính hoặc 01 bản sao có chứng thực) (khoản 1 Điều 39).1 bản chính,1 bản sao+ 01 bản chính văn bản đề nghị cấp thẻ;1 bản chính`);
    expect(r.value[0]!.rows.map((d) => [d.name, d.originals, d.copies])).toEqual([
      ['Hợp đồng bảo đảm (01 bản chính hoặc 01 bản sao có chứng thực) (khoản 1 Điều 39).', 1, 1],
      ['01 bản chính văn bản đề nghị cấp thẻ;', 1, 0],
    ]);
  });
});

describe('parsing legal basis and results', () => {
  it('splits titles from document numbers glued after them', () => {
    const r = parseLegalBasis('Tên văn bản pháp lýMã văn bảnNghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ123/2015/NĐ-CPLuật 60/2014/QH1360/2014/QH13Quyết định số 09/2023/QĐ-TTg09/2023/QĐ-TTg');
    expect(r.status).toBe('parsed');
    expect(r.value).toEqual([
      { number: '123/2015/NĐ-CP', title: 'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ', issuedOn: '2015-11-15', issuer: 'Chính phủ', effectiveOn: null },
      { number: '60/2014/QH13', title: 'Luật 60/2014/QH13', issuedOn: null, issuer: 'Quốc hội', effectiveOn: null },
      { number: '09/2023/QĐ-TTg', title: 'Quyết định số 09/2023/QĐ-TTg', issuedOn: null, issuer: 'Thủ tướng Chính phủ', effectiveOn: null },
    ]);
  });

  it('reads result names with their result codes and drops the page furniture', () => {
    const r = parseResults('Giấy khai sinhMã: KQ.G15.000031Trích lục khai sinhMã: KQ.G15.000040Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan thực hiện');
    expect(r.value.results).toEqual([{ name: 'Giấy khai sinh', code: 'KQ.G15.000031' }, { name: 'Trích lục khai sinh', code: 'KQ.G15.000040' }]);
  });
});
