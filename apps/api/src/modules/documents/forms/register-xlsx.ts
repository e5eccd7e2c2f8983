import ExcelJS from 'exceljs';
import type { RegisterForm } from './form-data.ts';
import { excelLocalDate } from './format.ts';
import { registerPeriod } from './register.ts';

const COLUMNS: { header: string; key: string; width: number; date?: true }[] = [
  { header: 'TT', key: 'no', width: 6 },
  { header: 'Mã hồ sơ', key: 'dossierCode', width: 26 },
  { header: 'Tên thủ tục hành chính', key: 'procedureName', width: 48 },
  { header: 'Tên cá nhân, tổ chức', key: 'applicantName', width: 28 },
  { header: 'Địa chỉ, số điện thoại', key: 'addressPhone', width: 36 },
  { header: 'Cơ quan chủ trì giải quyết', key: 'leadAgency', width: 30 },
  { header: 'Nhận hồ sơ', key: 'receivedAt', width: 17, date: true },
  { header: 'Hẹn trả kết quả', key: 'dueAt', width: 17, date: true },
  { header: 'Trả kết quả', key: 'returnedAt', width: 17, date: true },
  { header: 'Hình thức trả kết quả', key: 'returnMethod', width: 16 },
];

/** The row of the column headers; the title block sits above it. */
export const REGISTER_HEADER_ROW = 6;
const DATE_FORMAT = 'dd/mm/yyyy hh:mm';

const nfc = (s: string) => s.normalize('NFC');

/**
 * Mẫu số 07, the dossier register, as an Excel workbook (the electronic register that may replace the book):
 * a title block, one header row (frozen, with an autofilter), one row per dossier. Times are real Excel dates
 * holding the Vietnam wall-clock time (Excel has no time zones), shown as dd/mm/yyyy hh:mm.
 */
export async function renderRegisterXlsx(data: RegisterForm): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MotCua';
  const issued = excelLocalDate(data.heading.issuedAt);
  wb.created = issued;
  wb.modified = issued;
  wb.title = nfc(`Sổ theo dõi hồ sơ ${data.unitName}`);
  const ws = wb.addWorksheet('Sổ theo dõi hồ sơ', {
    views: [{ state: 'frozen', ySplit: REGISTER_HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${REGISTER_HEADER_ROW}:${REGISTER_HEADER_ROW}` },
  });
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width, ...(c.date ? { style: { numFmt: DATE_FORMAT } } : {}) }));
  const last = COLUMNS.length;
  const titleLine = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
    ws.mergeCells(row, 1, row, last);
    const cell = ws.getCell(row, 1);
    cell.value = nfc(text);
    cell.font = font;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  };
  const { issuer } = data.heading;
  titleLine(1, [issuer.parentName, issuer.name].filter(Boolean).join(' - ').toUpperCase(), { bold: true, size: 11 });
  titleLine(2, 'SỔ THEO DÕI HỒ SƠ', { bold: true, size: 14 });
  titleLine(3, data.unitName, { bold: true, size: 12 });
  titleLine(4, `${registerPeriod(data)} — Số: ${data.heading.number}`, { italic: true, size: 11 });

  const header = ws.getRow(REGISTER_HEADER_ROW);
  header.values = COLUMNS.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.height = 30;
  const thin = { style: 'thin' } as const;
  header.eachCell((cell) => {
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
  });

  for (const r of data.rows) {
    const row = ws.addRow({
      no: r.no,
      dossierCode: nfc(r.dossierCode),
      procedureName: nfc(r.procedureName),
      applicantName: nfc(r.applicantName),
      addressPhone: nfc(r.addressPhone),
      leadAgency: nfc(r.leadAgency),
      receivedAt: r.receivedAt ? excelLocalDate(r.receivedAt) : null,
      dueAt: r.dueAt ? excelLocalDate(r.dueAt) : null,
      returnedAt: r.returnedAt ? excelLocalDate(r.returnedAt) : null,
      returnMethod: r.returnMethod ? nfc(r.returnMethod) : null,
    });
    row.alignment = { vertical: 'top', wrapText: true };
    for (let c = 1; c <= last; c++) row.getCell(c).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  ws.autoFilter = { from: { row: REGISTER_HEADER_ROW, column: 1 }, to: { row: REGISTER_HEADER_ROW + data.rows.length, column: last } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
