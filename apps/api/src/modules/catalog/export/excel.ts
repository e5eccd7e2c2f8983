import { channelLabels, timeLimitUnitLabels, type CatalogTimeLimit } from '@motcua/shared';
import ExcelJS from 'exceljs';
import type { ExportEntry } from './export-records.ts';

const timeText = (t: CatalogTimeLimit | null) => (t ? `${t.value} ${timeLimitUnitLabels[t.unit].toLowerCase()}` : '');
const feeKindLabel = { amount: 'Số tiền', free: 'Miễn phí', set_by_council: 'Do HĐND tỉnh quyết định', other: 'Khác' } as const;
const statusLabel: Record<string, string> = { draft: 'Dự thảo', published: 'Đã công bố', amended: 'Sửa đổi, bổ sung', replaced: 'Bị thay thế', abolished: 'Bị bãi bỏ' };

function sheet(wb: ExcelJS.Workbook, name: string, columns: { header: string; key: string; width: number }[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

/** The catalog as an Excel workbook: one sheet of procedures, one of documents, one of fees. */
export async function catalogWorkbook(entries: ExportEntry[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MotCua';
  const procedures = sheet(wb, 'Thủ tục', [
    { header: 'Mã thủ tục', key: 'code', width: 14 }, { header: 'Tên thủ tục', key: 'name', width: 60 }, { header: 'Lĩnh vực', key: 'sector', width: 28 },
    { header: 'Cấp thực hiện', key: 'levels', width: 16 }, { header: 'Trạng thái', key: 'status', width: 16 }, { header: 'Phiên bản', key: 'version', width: 10 },
    { header: 'Quyết định công bố', key: 'decision', width: 20 }, { header: 'Thời hạn giải quyết', key: 'time', width: 20 }, { header: 'Dịch vụ công trực tuyến', key: 'online', width: 14 },
    { header: 'Cơ quan thực hiện', key: 'agency', width: 40 }, { header: 'Căn cứ pháp lý', key: 'legal', width: 40 },
  ]);
  const documents = sheet(wb, 'Thành phần hồ sơ', [
    { header: 'Mã thủ tục', key: 'code', width: 14 }, { header: 'Trường hợp', key: 'variant', width: 40 }, { header: 'Giấy tờ', key: 'name', width: 70 },
    { header: 'Bản chính', key: 'originals', width: 10 }, { header: 'Bản sao', key: 'copies', width: 10 }, { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Mẫu đơn, tờ khai', key: 'form', width: 30 },
  ]);
  const fees = sheet(wb, 'Phí, lệ phí', [
    { header: 'Mã thủ tục', key: 'code', width: 14 }, { header: 'Trường hợp', key: 'variant', width: 40 }, { header: 'Cách thức', key: 'channel', width: 18 },
    { header: 'Loại', key: 'kind', width: 22 }, { header: 'Số tiền (đồng)', key: 'amount', width: 16 }, { header: 'Ghi chú', key: 'note', width: 60 },
  ]);
  for (const { procedure, record, versionNumber, decisionNumber } of entries) {
    const times = record.variants.map((v) => timeText(v.timeLimit)).filter(Boolean);
    procedures.addRow({
      code: record.code, name: record.name, sector: record.sector.name, levels: record.levels.join(', '), status: statusLabel[procedure.status] ?? procedure.status,
      version: versionNumber, decision: decisionNumber ?? '', time: [...new Set(times)].join('; '), online: record.onlineLevel,
      agency: record.agencies.implementing ?? record.agencies.competent ?? '', legal: record.legalBasis.map((b) => b.number ?? b.title).join('; '),
    });
    for (const v of record.variants) {
      for (const d of v.documents) {
        documents.addRow({ code: record.code, variant: v.name, name: d.name, originals: d.originals, copies: d.copies, required: d.required ? 'Có' : 'Không', form: d.formTemplate?.name ?? '' });
      }
      for (const f of v.fees) {
        fees.addRow({ code: record.code, variant: v.name, channel: channelLabels[f.channel], kind: feeKindLabel[f.kind], amount: f.amount ?? '', note: f.note ?? '' });
      }
    }
  }
  amountFormat(fees);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function amountFormat(ws: ExcelJS.Worksheet): void {
  ws.getColumn('amount').numFmt = '#,##0';
}
