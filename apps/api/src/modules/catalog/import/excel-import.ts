import { channels as channelCodes, documentKinds, feeKinds, procedureLevels, procedureSubjects, timeLimitUnitLabels, type Channel, type DocumentKind, type ImportRecordReport, type ParseIssue } from '@motcua/shared';
import ExcelJS from 'exceljs';
import { AppError } from '../../../platform/errors.ts';
import { documentDataColumns, feeDataColumns, procedureDataColumns, variantColumns } from '../export/excel.ts';
import { normaliseDocument, type ProcedureRecord, type VariantRecord } from '../procedure-record.ts';
import type { ImportItem } from './import-records.ts';

/** Optional: files exported before the import classified lines have no such column. */
const CLASSIFIED_BY = 'Quy tắc phân loại';

/** The first bytes of a zip archive (an .xlsx is one): local file header `PK\x03\x04`. */
export const isZip = (bytes: Buffer): boolean => bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const SHEETS = { procedures: 'Thủ tục', documents: 'Thành phần hồ sơ', fees: 'Phí, lệ phí', variants: 'Trường hợp' } as const;
const headersOf = (cols: { header: string }[]) => cols.map((c) => c.header);
const required: Record<keyof typeof SHEETS, string[]> = {
  procedures: ['Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực', 'Dịch vụ công trực tuyến', ...headersOf(procedureDataColumns)],
  documents: ['Mã thủ tục', 'Trường hợp', 'Giấy tờ', 'Bản chính', 'Bản sao', 'Bắt buộc', 'Mẫu đơn, tờ khai', ...headersOf(documentDataColumns).filter((h) => h !== CLASSIFIED_BY)],
  fees: ['Mã thủ tục', 'Trường hợp', 'Số tiền (đồng)', 'Ghi chú', ...headersOf(feeDataColumns)],
  variants: headersOf(variantColumns),
};

const levelCodes = new Set(procedureLevels.map((l) => l.code));
const subjectCodes = new Set(procedureSubjects.map((s) => s.code));
const unitCodes = new Set(Object.keys(timeLimitUnitLabels));
const channelSet = new Set<string>(channelCodes);
const feeKindSet = new Set<string>(feeKinds);
const onlineLevels = new Set(['full', 'partial', 'none']);

export interface ExcelImport {
  /** Records read without problems: imported as draft versions. */
  items: ImportItem[];
  /** Records with unreadable cells: not imported, with one issue per cell. */
  failed: ImportRecordReport[];
}

/** One sheet row with cell readers that record an issue (sheet, row, column) for each unreadable cell. */
class RowReader {
  constructor(
    private readonly sheetName: string,
    private readonly row: ExcelJS.Row,
    private readonly columns: Map<string, number>,
    readonly issues: ParseIssue[],
  ) {}

  /** The same row, reporting into another record's issues. */
  reportingTo(issues: ParseIssue[]): RowReader {
    return new RowReader(this.sheetName, this.row, this.columns, issues);
  }

  has(header: string): boolean {
    return this.columns.has(header);
  }

  get rowNumber(): number {
    return this.row.number;
  }

  private issue(header: string, message: string, excerpt?: string): void {
    const cell = this.row.getCell(this.columns.get(header)!);
    this.issues.push({ field: `${this.sheetName}!${cell.address}`, message: `Dòng ${this.row.number}, cột «${header}»: ${message}`, ...(excerpt ? { excerpt: excerpt.slice(0, 200) } : {}) });
  }

  /** The cell as text (trimmed), null when empty; undefined after an issue. */
  private raw(header: string): string | number | boolean | null | undefined {
    const v = this.row.getCell(this.columns.get(header)!).value;
    if (v === null || v === undefined) return null;
    if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
    if (typeof v === 'number' || typeof v === 'boolean') return v;
    if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('').trim() || null;
    if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text.trim() || null;
    if (typeof v === 'object' && 'result' in v && (typeof v.result === 'string' || typeof v.result === 'number')) return typeof v.result === 'string' ? v.result.trim() || null : v.result;
    this.issue(header, 'ô không đọc được (lỗi, ngày tháng hoặc công thức không có giá trị)');
    return undefined;
  }

  text(header: string): string | null {
    const v = this.raw(header);
    return v === undefined || v === null ? null : String(v);
  }

  requiredText(header: string): string {
    const v = this.text(header);
    if (v === null) this.issue(header, 'không được để trống');
    return v ?? '';
  }

  number(header: string, opts: { integer?: boolean; nullable?: boolean } = {}): number | null {
    const v = this.raw(header);
    if (v === undefined) return opts.nullable ? null : 0;
    if (v === null) {
      if (!opts.nullable) this.issue(header, 'không được để trống');
      return opts.nullable ? null : 0;
    }
    const n = typeof v === 'number' ? v : Number(String(v).replace(/[.,\s](?=\d{3}(\D|$))/g, ''));
    if (!Number.isFinite(n) || n < 0 || (opts.integer && !Number.isInteger(n))) {
      this.issue(header, opts.integer ? 'không phải số nguyên không âm' : 'không phải số không âm', String(v));
      return opts.nullable ? null : 0;
    }
    return n;
  }

  yesNo(header: string): boolean {
    const v = this.raw(header);
    if (v === undefined) return false;
    const s = String(v ?? '').toLowerCase();
    if (['có', 'co', 'x', 'true', '1'].includes(s)) return true;
    if (['không', 'khong', '', 'false', '0', 'null'].includes(s)) return false;
    this.issue(header, 'ghi «Có» hoặc «Không»', String(v));
    return false;
  }

  code<T extends string>(header: string, allowed: Set<string>, fallback: T): T {
    const v = this.text(header);
    if (v !== null && allowed.has(v)) return v as T;
    this.issue(header, `mã không hợp lệ (${[...allowed].join(', ')})`, v ?? '(trống)');
    return fallback;
  }

  codeList(header: string, allowed: Set<string>): string[] {
    const list = (this.text(header) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = list.filter((c) => !allowed.has(c));
    if (unknown.length) this.issue(header, `mã không hợp lệ: ${unknown.join(', ')}`);
    return list.filter((c) => allowed.has(c));
  }

  /** A JSON cell holding an array of objects, each with the given text fields. */
  jsonList<T>(header: string, textFields: string[]): T[] {
    const v = this.text(header);
    if (v === null) return [];
    try {
      const parsed: unknown = JSON.parse(v);
      if (Array.isArray(parsed) && parsed.every((x) => x && typeof x === 'object' && !Array.isArray(x) && textFields.every((f) => typeof (x as Record<string, unknown>)[f] === 'string'))) return parsed as T[];
      this.issue(header, `cần một mảng JSON các đối tượng có ${textFields.join(', ')}`, v);
    } catch {
      this.issue(header, 'JSON không hợp lệ', v);
    }
    return [];
  }

  jsonObject(header: string): Record<string, unknown> | null {
    const v = this.text(header);
    if (v === null) return null;
    try {
      const parsed: unknown = JSON.parse(v);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
      this.issue(header, 'cần một đối tượng JSON', v);
    } catch {
      this.issue(header, 'JSON không hợp lệ', v);
    }
    return null;
  }
}

function rowsOf(wb: ExcelJS.Workbook, key: keyof typeof SHEETS): { name: string; rows: (issues: ParseIssue[]) => RowReader[] } {
  const name = SHEETS[key];
  const ws = wb.getWorksheet(name);
  if (!ws) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'body.file', message: `Thiếu trang «${name}»: hãy dùng tệp xuất từ danh mục (Xuất Excel).` }] });
  const columns = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    if (typeof cell.value === 'string') columns.set(cell.value.trim(), col);
  });
  const missing = required[key].filter((h) => !columns.has(h));
  if (missing.length) {
    throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'body.file', message: `Trang «${name}» thiếu cột: ${missing.join(', ')}. Hãy xuất lại danh mục ra Excel rồi sửa trên tệp đó.` }] });
  }
  return {
    name,
    rows: (issues) => {
      const out: RowReader[] = [];
      ws.eachRow((row, n) => {
        if (n > 1 && row.hasValues) out.push(new RowReader(name, row, columns, issues));
      });
      return out;
    },
  };
}

/**
 * Reads a workbook in the layout of the Excel export (`export/excel.ts`) back into procedure records:
 * one per row of «Thủ tục», its cases from «Trường hợp», documents and fees matched by procedure code
 * and case key. A record with any unreadable cell is not imported (a typo must not erase data); its
 * issues name the sheet, row and column.
 */
export async function parseCatalogWorkbook(bytes: Buffer): Promise<ExcelImport> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('UNSUPPORTED_FILE_TYPE', { detail: 'Tệp không phải bảng tính Excel (.xlsx).' });
  }
  const sheets = { procedures: rowsOf(wb, 'procedures'), variants: rowsOf(wb, 'variants'), documents: rowsOf(wb, 'documents'), fees: rowsOf(wb, 'fees') };

  const records = new Map<string, { record: ProcedureRecord; issues: ParseIssue[] }>();
  const orphans = new Map<string, ParseIssue[]>();
  const issuesFor = (code: string): ParseIssue[] => records.get(code)?.issues ?? orphans.get(code) ?? (orphans.set(code, []), orphans.get(code)!);

  for (const r of sheets.procedures.rows([])) {
    const issues: ParseIssue[] = [];
    const row = r.reportingTo(issues);
    const code = row.requiredText('Mã thủ tục');
    const key = code || `(dòng ${row.rowNumber})`;
    if (records.has(key)) {
      issuesFor(key).push({ field: `${sheets.procedures.name}!A${row.rowNumber}`, message: `Dòng ${row.rowNumber}: mã thủ tục ${code} bị trùng` });
      continue;
    }
    const sectorName = row.requiredText('Lĩnh vực');
    const record: ProcedureRecord = {
      code, name: row.requiredText('Tên thủ tục'), kind: row.text('Loại thủ tục'),
      sector: { code: row.requiredText('Mã lĩnh vực'), name: sectorName },
      levels: row.codeList('Mã cấp thực hiện', levelCodes), subjects: row.codeList('Mã đối tượng thực hiện', subjectCodes),
      agencies: {
        competent: row.text('Cơ quan có thẩm quyền'), implementing: row.text('Cơ quan trực tiếp thực hiện'), authorised: row.text('Cơ quan được ủy quyền'),
        coordinating: row.text('Cơ quan phối hợp'), receivingAddress: row.text('Địa chỉ tiếp nhận'),
      },
      steps: row.text('Trình tự thực hiện'), conditions: row.text('Yêu cầu, điều kiện'),
      results: row.jsonList('Kết quả (JSON)', ['name']), legalBasis: row.jsonList('Căn cứ pháp lý (JSON)', ['title']), related: row.jsonList('TTHC liên quan (JSON)', ['name']),
      interAgency: row.yesNo('Liên thông'), onlineLevel: row.code('Dịch vụ công trực tuyến', onlineLevels, 'none'), postal: row.yesNo('Qua bưu chính'), onTheSpot: row.yesNo('Giải quyết tại chỗ'),
      ownerUnitId: null, variants: [],
    };
    records.set(key, { record, issues });
  }

  const variantOf = (code: string, keyOrName: { key: string | null; name: string | null }): VariantRecord | undefined => {
    const variants = records.get(code)?.record.variants ?? [];
    return variants.find((v) => keyOrName.key !== null && v.key === keyOrName.key) ?? (keyOrName.key === null ? variants.find((v) => v.name === keyOrName.name) : undefined);
  };
  const scratch: ParseIssue[] = [];
  const belongsTo = (row: RowReader, sheet: string): string | null => {
    const code = row.text('Mã thủ tục');
    if (code === null) return null;
    if (!records.has(code)) {
      issuesFor(code).push({ field: `${sheet}!A${row.rowNumber}`, message: `Dòng ${row.rowNumber}: mã thủ tục ${code} không có trong trang «${SHEETS.procedures}»` });
      return null;
    }
    return code;
  };
  const bind = (row: RowReader, code: string) => row.reportingTo(records.get(code)!.issues);

  for (const r of sheets.variants.rows(scratch)) {
    const code = belongsTo(r, SHEETS.variants);
    if (!code) continue;
    const row = bind(r, code);
    const value = row.number('Thời hạn', { nullable: true });
    const unit = row.text('Đơn vị thời hạn (mã)');
    if (unit !== null && !unitCodes.has(unit)) row.code('Đơn vị thời hạn (mã)', unitCodes, 'working_days');
    if ((value === null) !== (unit === null)) records.get(code)!.issues.push({ field: `${SHEETS.variants}!D${row.rowNumber}`, message: `Dòng ${row.rowNumber}: thời hạn cần cả số và đơn vị` });
    records.get(code)!.record.variants.push({
      key: row.requiredText('Khóa trường hợp'), name: row.requiredText('Trường hợp'),
      timeLimit: value !== null && unit !== null && unitCodes.has(unit) ? { value, unit: unit as keyof typeof timeLimitUnitLabels } : null,
      timeLimitNote: row.text('Ghi chú thời hạn'), channels: row.jsonList('Cách thức thực hiện (JSON)', ['channel']), fees: [], documents: [], eForm: row.jsonObject('Biểu mẫu điện tử (JSON)'),
    });
  }

  for (const r of sheets.documents.rows(scratch)) {
    const code = belongsTo(r, SHEETS.documents);
    if (!code) continue;
    const row = bind(r, code);
    const variant = variantOf(code, { key: row.text('Khóa trường hợp'), name: row.text('Trường hợp') });
    if (!variant) {
      records.get(code)!.issues.push({ field: `${SHEETS.documents}!B${row.rowNumber}`, message: `Dòng ${row.rowNumber}: trường hợp không có trong trang «${SHEETS.variants}»` });
      continue;
    }
    const formName = row.text('Mẫu đơn, tờ khai');
    const kind = row.text('Loại dòng (mã)') === null ? undefined : row.code<DocumentKind>('Loại dòng (mã)', new Set(documentKinds), 'required');
    const channelList = row.codeList('Kênh áp dụng (mã)', new Set(channelCodes)) as Channel[];
    variant.documents.push(normaliseDocument({
      group: row.code('Nhóm (submit/present)', new Set(['submit', 'present']), 'submit'), name: row.requiredText('Giấy tờ'),
      originals: row.number('Bản chính', { integer: true })!, copies: row.number('Bản sao', { integer: true })!, kind, required: row.yesNo('Bắt buộc'), condition: row.text('Điều kiện'),
      caseKey: row.text('Mã tình huống'), caseQuestion: row.text('Câu hỏi tình huống'), alternativeGroup: row.number('Nhóm thay thế', { integer: true, nullable: true }),
      channels: channelList.length > 0 ? channelList : null, classifiedBy: row.has(CLASSIFIED_BY) ? (row.text(CLASSIFIED_BY)?.slice(0, 60) ?? null) : null,
      formTemplate: formName ? { name: formName, url: row.text('URL mẫu đơn'), fileId: row.text('Mã tệp mẫu đơn') } : null,
    }));
  }

  for (const r of sheets.fees.rows(scratch)) {
    const code = belongsTo(r, SHEETS.fees);
    if (!code) continue;
    const row = bind(r, code);
    const variant = variantOf(code, { key: row.text('Khóa trường hợp'), name: row.text('Trường hợp') });
    if (!variant) {
      records.get(code)!.issues.push({ field: `${SHEETS.fees}!B${row.rowNumber}`, message: `Dòng ${row.rowNumber}: trường hợp không có trong trang «${SHEETS.variants}»` });
      continue;
    }
    const kind = row.code<'amount' | 'free' | 'set_by_council' | 'other'>('Mã loại', feeKindSet, 'other');
    variant.fees.push({
      channel: row.code('Mã cách thức', channelSet, 'in_person'), kind, amount: kind === 'amount' ? row.number('Số tiền (đồng)', { integer: true }) : null,
      label: row.text('Tên phí, lệ phí'), note: row.text('Ghi chú'), exemptions: row.text('Miễn, giảm'),
    });
  }

  const items: ImportItem[] = [];
  const failed: ImportRecordReport[] = [...orphans].map(([code, issues]) => ({ code, outcome: 'failed', issues }));
  for (const [code, { record, issues }] of records) {
    if (issues.length > 0) failed.push({ code, outcome: 'failed', issues });
    else items.push({ record, issues: [], decisionNumber: null });
  }
  return { items, failed };
}
