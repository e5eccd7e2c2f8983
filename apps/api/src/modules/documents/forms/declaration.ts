import type { EFormAnswer } from '@motcua/shared';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { renderPdf } from '../pdf/pdfmake.ts';
import { BOLD_EM_WIDTH } from '../pdf/fonts.ts';
import { formatTimeVi, placeAndDate } from './format.ts';
import { A4_PORTRAIT, field, formDocument, ruledTable, signatureRow, titleBlock, type PageSpec } from './layout.ts';

/**
 * The applicant's declaration (tờ khai) as declared on the e-form of an online application: the form's own title,
 * "Kính gửi" the competent agency, the dossier, then every answer under its label, groups as titled blocks, in the
 * order of the form. It is the applicant's paper, not one the office issues: no number, no issuing body, no seal.
 */
export interface DeclarationForm {
  /** The e-form's title (e.g. "Tờ khai đăng ký khai sinh"); the procedure's name when the form has none. */
  title: string;
  addressee: string;
  dossierCode: string;
  procedureName: string;
  variantName: string | null;
  applicantName: string;
  answers: EFormAnswer[];
  /** When the application was registered (ISO instant); the date under which it is signed. */
  declaredAt: string;
  place: string;
}

function nationHeading(spec: PageSpec): Content {
  const size = spec.headingSize;
  return {
    stack: [
      { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: size },
      { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: size + 1 },
      { canvas: [{ type: 'line', x1: 0, y1: 1, x2: BOLD_EM_WIDTH.motto * (size + 1), y2: 1, lineWidth: 0.6 }], alignment: 'center' },
    ],
    alignment: 'center',
  };
}

/** The answers as a two-column table: label, answer; a group is a full-width bold row followed by its own rows. */
function answerRows(entries: EFormAnswer[], depth: number): TableCell[][] {
  return entries.flatMap((e): TableCell[][] => {
    const indent = depth * 10;
    if (e.children) return [[{ text: e.label, bold: true, colSpan: 2, margin: [indent, 2, 0, 1] }, {}], ...answerRows(e.children, depth + 1)];
    return [[{ text: e.label, margin: [indent, 0, 0, 0] }, { text: e.value ?? '' }]];
  });
}

export function declarationDocument(data: DeclarationForm) {
  const spec = A4_PORTRAIT;
  const rows = answerRows(data.answers, 0);
  const content: Content[] = [
    nationHeading(spec),
    titleBlock(spec, data.title, [{ text: [{ text: 'Mã hồ sơ: ' }, { text: data.dossierCode, bold: true }], fontSize: spec.fontSize, margin: [0, 2, 0, 0] }]),
    { text: [{ text: 'Kính gửi: ' }, { text: data.addressee, bold: true }], alignment: 'center', margin: [0, 0, 0, spec.fontSize * 0.6] },
    field('Thủ tục hành chính', data.procedureName),
    ...(data.variantName && data.variantName !== data.procedureName ? [field('Trường hợp', data.variantName)] : []),
    field('Nộp trực tuyến lúc', formatTimeVi(data.declaredAt)),
    rows.length > 0
      ? { table: { headerRows: 0, dontBreakRows: true, widths: ['42%', '*'], body: rows }, layout: ruledTable, margin: [0, 6, 0, 0] }
      : { text: 'Không có nội dung khai trên biểu mẫu điện tử.', italics: true, margin: [0, 6, 0, 0] },
    { text: 'Tôi cam đoan nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.', margin: [0, spec.fontSize, 0, 0], alignment: 'justify' },
    { text: placeAndDate(data.place, data.declaredAt), italics: true, alignment: 'right', margin: [0, spec.fontSize * 0.6, 0, 0] },
    signatureRow(spec, { title: 'Người khai', name: data.applicantName }),
    { text: 'Tờ khai được lập từ biểu mẫu điện tử người yêu cầu đã khai khi nộp hồ sơ trực tuyến.', italics: true, fontSize: spec.fontSize - 2, margin: [0, spec.fontSize, 0, 0] },
  ];
  return formDocument(spec, content);
}

/** The declaration as PDF bytes (embedded Noto Serif, NFC text, dated by the application). */
export function renderDeclarationPdf(data: DeclarationForm): Promise<Buffer> {
  return renderPdf(declarationDocument(data), { title: `${data.title} ${data.dossierCode}`, createdAt: new Date(data.declaredAt) });
}
