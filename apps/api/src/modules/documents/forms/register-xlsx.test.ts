import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as sample from './forms.test-support.ts';
import { renderRegisterXlsx } from './index.ts';
import { REGISTER_HEADER_ROW } from './register-xlsx.ts';

async function readBack(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  return { wb, ws };
}

describe('dossier register (Mẫu số 07) as Excel', () => {
  it('has a title block, a frozen header row with a filter, and one row per dossier with real dates in Vietnam time', async () => {
    const register = sample.sampleRegister(12);
    const { wb, ws } = await readBack(await renderRegisterXlsx(register));
    expect(wb.creator).toBe('MotCua');
    expect(ws.name).toBe('Sổ theo dõi hồ sơ');
    expect(ws.getCell('A1').value).toBe('UBND TỈNH QUẢNG NGÃI - TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG');
    expect(ws.getCell('A2').value).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(ws.getCell('A3').value).toBe('Sở Tư pháp — Lĩnh vực Chứng thực');
    expect(String(ws.getCell('A4').value)).toContain('Từ ngày 01/11/2026 đến ngày 30/11/2026');

    const header = ws.getRow(REGISTER_HEADER_ROW).values as unknown[];
    expect(header.slice(1)).toEqual([
      'TT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Tên cá nhân, tổ chức', 'Địa chỉ, số điện thoại',
      'Cơ quan chủ trì giải quyết', 'Nhận hồ sơ', 'Hẹn trả kết quả', 'Trả kết quả', 'Hình thức trả kết quả',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: REGISTER_HEADER_ROW });
    // The filter spans the header row and the data, all ten columns.
    expect(ws.autoFilter).toBe(`A${REGISTER_HEADER_ROW}:J${REGISTER_HEADER_ROW + register.rows.length}`);
    expect(ws.getColumn(3).width).toBeGreaterThan(30);

    expect(ws.rowCount).toBe(REGISTER_HEADER_ROW + register.rows.length);
    const first = ws.getRow(REGISTER_HEADER_ROW + 1);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toBe(sample.DOSSIER_CODE);
    expect(first.getCell(3).value).toBe('Chứng thực bản sao từ bản chính giấy tờ, văn bản');
    expect(first.getCell(4).value).toBe('Nguyễn Thị Hồng Nhung');
    // 2026-11-23T08:30Z is 15:30 on 23/11/2026 in Vietnam: the cell holds that wall-clock time as an Excel date.
    const received = first.getCell(7);
    expect(received.value).toBeInstanceOf(Date);
    expect((received.value as Date).toISOString()).toBe('2026-11-23T15:30:00.000Z');
    expect(received.numFmt).toBe('dd/mm/yyyy hh:mm');
    expect((first.getCell(8).value as Date).toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(first.getCell(10).value).toBe('Trực tiếp');

    // Not yet returned: empty cells, not a zero date.
    const third = ws.getRow(REGISTER_HEADER_ROW + 3);
    expect(third.getCell(9).value).toBeNull();
    expect(third.getCell(10).value).toBeNull();
    const last = ws.getRow(REGISTER_HEADER_ROW + register.rows.length);
    expect(last.getCell(1).value).toBe(register.rows.length);
    expect(last.getCell(2).value).toBe(register.rows.at(-1)!.dossierCode);
  });

  it('writes decomposed input back as NFC', async () => {
    const register = sample.sampleRegister(1);
    register.rows[0]!.applicantName = 'Nguyễn Thị Hồng Nhung'.normalize('NFD');
    const { ws } = await readBack(await renderRegisterXlsx(register));
    expect(ws.getRow(REGISTER_HEADER_ROW + 1).getCell(4).value).toBe('Nguyễn Thị Hồng Nhung'.normalize('NFC'));
  });
});
