import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RegisterForm } from './form-data.ts';
import { formatDateTimeShort, formatLocalDate } from './format.ts';
import { A4_LANDSCAPE, formDocument, formLabel, headingBlock, ruledTable, titleBlock, type FormNumbering } from './layout.ts';

/** The register's columns, shared by the PDF and the workbook. */
export const registerColumns = [
  'TT',
  'Mã hồ sơ',
  'Tên thủ tục hành chính',
  'Tên cá nhân, tổ chức',
  'Địa chỉ, số điện thoại',
  'Cơ quan chủ trì giải quyết',
  'Nhận hồ sơ',
  'Hẹn trả kết quả',
  'Trả kết quả',
  'Hình thức trả kết quả',
  'Ký nhận',
] as const;

export const registerPeriod = (data: RegisterForm) => `Từ ngày ${formatLocalDate(data.from)} đến ngày ${formatLocalDate(data.to)}`;

/** Mẫu số 07 (BM06): Sổ theo dõi hồ sơ — A4 landscape; the header row repeats on every page. */
export function registerDocument(data: RegisterForm, numbering: FormNumbering): TDocumentDefinitions {
  const spec = A4_LANDSCAPE;
  const when = (instant: string | null) => (instant ? formatDateTimeShort(instant) : '');
  const body: TableCell[][] = [
    registerColumns.map((c) => ({ text: c, bold: true, alignment: 'center' as const })),
    ...data.rows.map((r): TableCell[] => [
      { text: String(r.no), alignment: 'center' },
      { text: r.dossierCode },
      { text: r.procedureName },
      { text: r.applicantName },
      { text: r.addressPhone },
      { text: r.leadAgency },
      { text: when(r.receivedAt), alignment: 'center' },
      { text: when(r.dueAt), alignment: 'center' },
      { text: when(r.returnedAt), alignment: 'center' },
      { text: r.returnMethod ?? '', alignment: 'center' },
      { text: '' },
    ]),
  ];
  if (data.rows.length === 0) body.push([{ text: 'Không có hồ sơ trong kỳ.', colSpan: registerColumns.length, alignment: 'center', italics: true }, ...registerColumns.slice(1).map(() => ({ text: '' }))]);
  const content: Content[] = [
    ...headingBlock(data.heading, spec, formLabel('register', numbering)),
    titleBlock(spec, 'Sổ theo dõi hồ sơ', [
      { text: data.unitName, bold: true, fontSize: spec.fontSize + 2, margin: [0, 2, 0, 0] },
      { text: registerPeriod(data), italics: true, fontSize: spec.fontSize + 1 },
    ]),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [18, 108, '*', 72, 80, 66, 50, 50, 50, 44, 38],
        body,
      },
      layout: ruledTable,
      fontSize: spec.fontSize - 0.5,
    },
  ];
  return formDocument(spec, content);
}
