import { channelLabels, timeLimitUnitLabels, type CatalogTimeLimit } from '@motcua/shared';
import ExcelJS from 'exceljs';
import type { ExportEntry } from './export-records.ts';

const timeText = (t: CatalogTimeLimit | null) => (t ? `${t.value} ${timeLimitUnitLabels[t.unit].toLowerCase()}` : '');
const feeKindLabel = { amount: 'Số tiền', free: 'Miễn phí', set_by_council: 'Do HĐND tỉnh quyết định', other: 'Khác' } as const;
const statusLabel: Record<string, string> = { draft: 'Dự thảo', published: 'Đã công bố', amended: 'Sửa đổi, bổ sung', replaced: 'Bị thay thế', abolished: 'Bị bãi bỏ' };

const yesNo = (v: boolean) => (v ? 'Có' : 'Không');

/**
 * The machine-readable columns added after the human-readable ones: codes instead of labels, and the
 * nested lists as JSON, so that an imported workbook rebuilds the record exactly. Headers are what the
 * import matches on.
 */
export const procedureDataColumns = [
  { header: 'Mã lĩnh vực', key: 'sectorCode', width: 16 }, { header: 'Loại thủ tục', key: 'kind', width: 30 }, { header: 'Mã cấp thực hiện', key: 'levelCodes', width: 16 },
  { header: 'Mã đối tượng thực hiện', key: 'subjects', width: 24 }, { header: 'Cơ quan có thẩm quyền', key: 'competent', width: 30 },
  { header: 'Cơ quan trực tiếp thực hiện', key: 'implementing', width: 30 }, { header: 'Cơ quan được ủy quyền', key: 'authorised', width: 30 },
  { header: 'Cơ quan phối hợp', key: 'coordinating', width: 30 }, { header: 'Địa chỉ tiếp nhận', key: 'receivingAddress', width: 30 },
  { header: 'Trình tự thực hiện', key: 'steps', width: 60 }, { header: 'Yêu cầu, điều kiện', key: 'conditions', width: 40 },
  { header: 'Kết quả (JSON)', key: 'results', width: 30 }, { header: 'Căn cứ pháp lý (JSON)', key: 'legalBasis', width: 30 }, { header: 'TTHC liên quan (JSON)', key: 'related', width: 30 },
  { header: 'Liên thông', key: 'interAgency', width: 10 }, { header: 'Qua bưu chính', key: 'postal', width: 10 }, { header: 'Giải quyết tại chỗ', key: 'onTheSpot', width: 10 },
];
export const documentDataColumns = [
  { header: 'Khóa trường hợp', key: 'variantKey', width: 16 }, { header: 'Nhóm (submit/present)', key: 'group', width: 12 }, { header: 'Điều kiện', key: 'condition', width: 30 },
  { header: 'URL mẫu đơn', key: 'formUrl', width: 30 }, { header: 'Mã tệp mẫu đơn', key: 'formFileId', width: 20 },
  { header: 'Loại dòng (mã)', key: 'kind', width: 14 }, { header: 'Mã tình huống', key: 'caseKey', width: 20 }, { header: 'Câu hỏi tình huống', key: 'caseQuestion', width: 40 },
  { header: 'Nhóm thay thế', key: 'alternativeGroup', width: 10 }, { header: 'Kênh áp dụng (mã)', key: 'channels', width: 20 },
  { header: 'Quy tắc phân loại', key: 'classifiedBy', width: 24 },
];
export const feeDataColumns = [
  { header: 'Khóa trường hợp', key: 'variantKey', width: 16 }, { header: 'Mã cách thức', key: 'channelCode', width: 12 }, { header: 'Mã loại', key: 'kindCode', width: 14 },
  { header: 'Tên phí, lệ phí', key: 'label', width: 24 }, { header: 'Miễn, giảm', key: 'exemptions', width: 30 },
];
export const variantColumns = [
  { header: 'Mã thủ tục', key: 'code', width: 14 }, { header: 'Khóa trường hợp', key: 'key', width: 16 }, { header: 'Trường hợp', key: 'name', width: 50 },
  { header: 'Thời hạn', key: 'timeValue', width: 10 }, { header: 'Đơn vị thời hạn (mã)', key: 'timeUnit', width: 16 }, { header: 'Ghi chú thời hạn', key: 'timeNote', width: 30 },
  { header: 'Cách thức thực hiện (JSON)', key: 'channels', width: 40 }, { header: 'Biểu mẫu điện tử (JSON)', key: 'eForm', width: 30 },
];

function sheet(wb: ExcelJS.Workbook, name: string, columns: { header: string; key: string; width: number }[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

/** The catalog as an Excel workbook: one sheet of procedures, one of documents, one of fees, one of variants (cases). */
export async function catalogWorkbook(entries: ExportEntry[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MotCua';
  const procedures = sheet(wb, 'Thủ tục', [
    { header: 'Mã thủ tục', key: 'code', width: 14 }, { header: 'Tên thủ tục', key: 'name', width: 60 }, { header: 'Lĩnh vực', key: 'sector', width: 28 },
    { header: 'Cấp thực hiện', key: 'levels', width: 16 }, { header: 'Trạng thái', key: 'status', width: 16 }, { header: 'Phiên bản', key: 'version', width: 10 },
    { header: 'Quyết định công bố', key: 'decision', width: 20 }, { header: 'Thời hạn giải quyết', key: 'time', width: 20 }, { header: 'Dịch vụ công trực tuyến', key: 'online', width: 14 },
    { header: 'Cơ quan thực hiện', key: 'agency', width: 40 }, { header: 'Căn cứ pháp lý', key: 'legal', width: 40 },
    // Columns below carry the rest of the record, so the workbook can be imported back (import/excel-import.ts).
    ...procedureDataColumns,
  ]);
  const documents = sheet(wb, 'Thành phần hồ sơ', [
    { header: 'Mã thủ tục', key: 'code', width: 14 }, { header: 'Trường hợp', key: 'variant', width: 40 }, { header: 'Giấy tờ', key: 'name', width: 70 },
    { header: 'Bản chính', key: 'originals', width: 10 }, { header: 'Bản sao', key: 'copies', width: 10 }, { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Mẫu đơn, tờ khai', key: 'form', width: 30 }, ...documentDataColumns,
  ]);
  const fees = sheet(wb, 'Phí, lệ phí', [
    { header: 'Mã thủ tục', key: 'code', width: 14 }, { header: 'Trường hợp', key: 'variant', width: 40 }, { header: 'Cách thức', key: 'channel', width: 18 },
    { header: 'Loại', key: 'kind', width: 22 }, { header: 'Số tiền (đồng)', key: 'amount', width: 16 }, { header: 'Ghi chú', key: 'note', width: 60 }, ...feeDataColumns,
  ]);
  const variants = sheet(wb, 'Trường hợp', variantColumns);
  for (const { procedure, record, versionNumber, decisionNumber } of entries) {
    const times = record.variants.map((v) => timeText(v.timeLimit)).filter(Boolean);
    procedures.addRow({
      code: record.code, name: record.name, sector: record.sector.name, levels: record.levels.join(', '), status: statusLabel[procedure.status] ?? procedure.status,
      version: versionNumber, decision: decisionNumber ?? '', time: [...new Set(times)].join('; '), online: record.onlineLevel,
      agency: record.agencies.implementing ?? record.agencies.competent ?? '', legal: record.legalBasis.map((b) => b.number ?? b.title).join('; '),
      sectorCode: record.sector.code, kind: record.kind ?? '', levelCodes: record.levels.join(', '), subjects: record.subjects.join(', '),
      competent: record.agencies.competent ?? '', implementing: record.agencies.implementing ?? '', authorised: record.agencies.authorised ?? '',
      coordinating: record.agencies.coordinating ?? '', receivingAddress: record.agencies.receivingAddress ?? '', steps: record.steps ?? '', conditions: record.conditions ?? '',
      results: JSON.stringify(record.results), legalBasis: JSON.stringify(record.legalBasis), related: JSON.stringify(record.related),
      interAgency: yesNo(record.interAgency), postal: yesNo(record.postal), onTheSpot: yesNo(record.onTheSpot),
    });
    for (const v of record.variants) {
      variants.addRow({
        code: record.code, key: v.key, name: v.name, timeValue: v.timeLimit?.value ?? '', timeUnit: v.timeLimit?.unit ?? '', timeNote: v.timeLimitNote ?? '',
        channels: JSON.stringify(v.channels), eForm: v.eForm ? JSON.stringify(v.eForm) : '',
      });
      for (const d of v.documents) {
        documents.addRow({
          code: record.code, variant: v.name, name: d.name, originals: d.originals, copies: d.copies, required: yesNo(d.required), form: d.formTemplate?.name ?? '',
          variantKey: v.key, group: d.group, condition: d.condition ?? '', formUrl: d.formTemplate?.url ?? '', formFileId: d.formTemplate?.fileId ?? '',
          kind: d.kind, caseKey: d.caseKey ?? '', caseQuestion: d.caseQuestion ?? '', alternativeGroup: d.alternativeGroup ?? '', channels: d.channels?.join(', ') ?? '',
          classifiedBy: d.classifiedBy ?? '',
        });
      }
      for (const f of v.fees) {
        fees.addRow({
          code: record.code, variant: v.name, channel: channelLabels[f.channel], kind: feeKindLabel[f.kind], amount: f.amount ?? '', note: f.note ?? '',
          variantKey: v.key, channelCode: f.channel, kindCode: f.kind, label: f.label ?? '', exemptions: f.exemptions ?? '',
        });
      }
    }
  }
  amountFormat(fees);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function amountFormat(ws: ExcelJS.Worksheet): void {
  ws.getColumn('amount').numFmt = '#,##0';
}
