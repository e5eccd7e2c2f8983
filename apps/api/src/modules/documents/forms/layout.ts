import type { Content, CustomTableLayout, TDocumentDefinitions } from 'pdfmake/interfaces';
import { BOLD_EM_WIDTH, FONT_FAMILY } from '../pdf/fonts.ts';
import type { ApplicantBlock, FormHeading, FormKind, SignatureBlock } from './form-data.ts';
import { placeAndDate } from './format.ts';

/**
 * The pieces every official form shares (Circular 03/2025/TT-VPCP Annex I, presented after Decree 30/2020
 * Appendix I): the page, the heading block, the title, the signature block, the QR block.
 */

/** Which set of form numbers to print: the 2025 one (Mẫu số 01–07) or the 2018 one many provinces still use (BM01–BM06). */
export type FormNumbering = '2025' | '2018';

export interface RenderOptions {
  numbering?: FormNumbering;
}

const FORM_LABELS: Record<FormNumbering, Record<FormKind, string | null>> = {
  '2025': {
    receipt: 'Mẫu số 01',
    supplement_request: 'Mẫu số 02',
    refusal: 'Mẫu số 03',
    apology: 'Mẫu số 04',
    stop_notice: 'Mẫu số 05',
    process_sheet: 'Mẫu số 06',
    register: 'Mẫu số 07',
    e_result: null,
  },
  // Circular 01/2018/TT-VPCP had six forms: no notice of stopping, and the sheet and the register were 05 and 06.
  '2018': {
    receipt: 'BM01',
    supplement_request: 'BM02',
    refusal: 'BM03',
    apology: 'BM04',
    stop_notice: null,
    process_sheet: 'BM05',
    register: 'BM06',
    e_result: null,
  },
};

/** The label printed at the top right ("Mẫu số 01", "BM01"); null for documents outside the set. */
export function formLabel(kind: FormKind, numbering: FormNumbering = '2025'): string | null {
  return FORM_LABELS[numbering][kind];
}

/** Titles that changed between the two sets; the others are the same in both. */
export function apologyTitle(numbering: FormNumbering): string {
  return numbering === '2018' ? 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ' : 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT';
}

export interface PageSpec {
  size: 'A4' | 'A5';
  orientation: 'portrait' | 'landscape';
  /** left, top, right, bottom in pt. */
  margins: [number, number, number, number];
  /** The width between the margins, in pt. */
  width: number;
  fontSize: number;
  /** Size of the heading block's lines. */
  headingSize: number;
  titleSize: number;
  /** Share of the width for the issuing body's column. */
  leftShare: number;
}

const PAGE_WIDTH = { A4: { portrait: 595.28, landscape: 841.89 }, A5: { portrait: 419.53, landscape: 595.28 } } as const;

function page(size: PageSpec['size'], orientation: PageSpec['orientation'], margins: PageSpec['margins'], fonts: Pick<PageSpec, 'fontSize' | 'headingSize' | 'titleSize' | 'leftShare'>): PageSpec {
  return { size, orientation, margins, width: PAGE_WIDTH[size][orientation] - margins[0] - margins[2], ...fonts };
}

/** Forms 01–05: A5 portrait, margins scaled from Decree 30's A4 ones (left wider for binding). */
export const A5_PORTRAIT = page('A5', 'portrait', [40, 26, 26, 24], { fontSize: 9, headingSize: 8.5, titleSize: 10.5, leftShare: 0.4 });
/** Form 06, the process-control sheet: A5 like forms 01–05 (rules.md §10), turned landscape for its table. */
export const A5_LANDSCAPE = page('A5', 'landscape', [40, 24, 26, 24], { fontSize: 9, headingSize: 8.5, titleSize: 10.5, leftShare: 0.42 });
/** The electronic result: A4 portrait, Decree 30 margins (left 30 mm, right 17 mm, top and bottom 20 mm). */
export const A4_PORTRAIT = page('A4', 'portrait', [85, 57, 48, 57], { fontSize: 12, headingSize: 11.5, titleSize: 13.5, leftShare: 0.42 });
/** Form 07, the register: A4 landscape. */
export const A4_LANDSCAPE = page('A4', 'landscape', [57, 40, 40, 40], { fontSize: 9, headingSize: 11, titleSize: 14, leftShare: 0.45 });

/** Thin-ruled table borders, as on the printed forms. */
export const ruledTable: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** A horizontal rule of the given length, centred in its column. */
function rule(length: number, margin: [number, number, number, number] = [0, 1, 0, 2]): Content {
  return { canvas: [{ type: 'line', x1: 0, y1: 0, x2: length, y2: 0, lineWidth: 0.6 }], alignment: 'center', margin };
}

/**
 * The heading block: on the left the superior body (regular, uppercase), the issuing body (bold) with a short
 * rule under it and "Số: …"; on the right the national name (bold), the motto (bold) with a rule as long as
 * itself, then the italic place and date. "Số" and the date share a line whatever the names' lengths.
 */
export function headingBlock(heading: FormHeading, spec: PageSpec, label: string | null): Content[] {
  const size = spec.headingSize;
  const leftWidth = Math.round(spec.width * spec.leftShare);
  const rightWidth = spec.width - leftWidth;
  const { issuer } = heading;
  const left: Content[] = [];
  if (issuer.parentName) left.push({ text: issuer.parentName.toUpperCase() });
  left.push({ text: issuer.name.toUpperCase(), bold: true }, rule(Math.min(leftWidth * 0.35, 60)));
  const right: Content[] = [
    // On one line, whatever the column: shrink the national name if it would not fit.
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: Math.min(size, Math.floor(((rightWidth - 4) / BOLD_EM_WIDTH.nation) * 10) / 10) },
    { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: size + 1 },
    rule(BOLD_EM_WIDTH.motto * (size + 1)),
  ];
  const blocks: Content[] = [];
  if (label) blocks.push({ text: label, bold: true, alignment: 'right', fontSize: size, margin: [0, -12, 0, 2] });
  blocks.push(
    {
      columns: [
        { width: leftWidth, stack: left, alignment: 'center' },
        { width: rightWidth, stack: right, alignment: 'center' },
      ],
      columnGap: 0,
      fontSize: size,
    },
    {
      columns: [
        { width: leftWidth, text: `Số: ${heading.number}`, alignment: 'center' },
        { width: rightWidth, text: placeAndDate(issuer.place, heading.issuedAt), italics: true, alignment: 'center' },
      ],
      columnGap: 0,
      fontSize: size,
      margin: [0, 2, 0, 0],
    },
  );
  return blocks;
}

/** The title, bold uppercase and centred, with optional lines under it (e.g. "Mã hồ sơ: …"). */
export function titleBlock(spec: PageSpec, title: string, below: Content[] = []): Content {
  return {
    stack: [{ text: title.toUpperCase(), bold: true, fontSize: spec.titleSize }, ...below],
    alignment: 'center',
    margin: [0, spec.fontSize * 1.2, 0, spec.fontSize * 0.7],
  };
}

/** "Label: value" on one paragraph; the value may be emphasised. */
export function field(label: string, value: string, opts: { bold?: boolean; margin?: [number, number, number, number] } = {}): Content {
  return { text: [{ text: `${label}: ` }, { text: value, bold: opts.bold ?? false }], margin: opts.margin ?? [0, 0, 0, 1.5] };
}

/** A paragraph of running text. */
export function para(text: string | Content[], margin: [number, number, number, number] = [0, 0, 0, 2]): Content {
  return typeof text === 'string' ? { text, margin, alignment: 'justify' } : { text: text as never, margin, alignment: 'justify' };
}

/** The applicant's identifier with its proper label. */
export function identifierField(applicant: ApplicantBlock): Content {
  return field(applicant.kind === 'individual' ? 'Số định danh cá nhân' : 'Mã số doanh nghiệp/Mã số thuế', applicant.identifier);
}

/** Address, phone and email lines of an applicant (the ones given). */
export function contactFields(applicant: ApplicantBlock): Content[] {
  const out: Content[] = [];
  if (applicant.address) out.push(field('Địa chỉ', applicant.address));
  const reach = [applicant.phone ? `Số điện thoại: ${applicant.phone}` : null, applicant.email ? `Email: ${applicant.email}` : null].filter((s): s is string => s !== null);
  if (reach.length > 0) out.push({ text: reach.join('     '), margin: [0, 0, 0, 1.5] });
  return out;
}

/** How a letter addresses its applicant. */
export function addressee(applicant: ApplicantBlock): string {
  return applicant.kind === 'individual' ? 'Ông/Bà' : 'Quý tổ chức';
}

/** One signature: title (bold), "(Ký, ghi rõ họ tên)" (italic), space to sign, name (bold). */
function signature(sig: SignatureBlock, spec: PageSpec): Content {
  return {
    stack: [
      { text: sig.title.toUpperCase(), bold: true },
      { text: '(Ký, ghi rõ họ tên)', italics: true },
      { text: sig.name ?? ' ', bold: true, margin: [0, spec.fontSize * 3.4, 0, 0] },
    ],
    alignment: 'center',
  };
}

/**
 * The signature row: one signature on the right half, or two side by side. The left side may instead carry
 * the recipients' list ("Nơi nhận") that letters print there.
 */
export function signatureRow(spec: PageSpec, right: SignatureBlock, left?: SignatureBlock | { recipients: string[] }): Content {
  let leftContent: Content = { text: '' };
  if (left && 'recipients' in left) {
    leftContent = {
      stack: [{ text: 'Nơi nhận:', bold: true, italics: true }, ...left.recipients.map((r) => ({ text: `- ${r}` }))],
      fontSize: Math.max(spec.fontSize - 1.5, 7),
      alignment: 'left',
    };
  } else if (left) {
    leftContent = signature(left, spec);
  }
  return { columns: [{ width: '*', stack: [leftContent] }, { width: '*', stack: [signature(right, spec)] }], columnGap: 8, margin: [0, spec.fontSize * 0.6, 0, 0], unbreakable: true };
}

/** A QR code with its URL printed as text under it (and a caption above the URL). */
export function qrBlock(url: string, caption: string, size: number, fontSize: number, margin: [number, number, number, number] = [0, 4, 0, 0]): Content {
  return {
    margin,
    stack: [
      { qr: url, fit: size, eccLevel: 'M', margin: [0, 0, 0, 2] },
      { text: caption, italics: true, fontSize },
      { text: url, fontSize },
    ],
    unbreakable: true,
  };
}

/** A "Trang x/y" footer for forms that may run over several pages. */
function pageFooter(spec: PageSpec): TDocumentDefinitions['footer'] {
  return (current: number, count: number) =>
    count > 1 ? { text: `Trang ${current}/${count}`, alignment: 'right', fontSize: spec.fontSize - 1, margin: [spec.margins[0], 10, spec.margins[2], 0] } : null;
}

/** The whole document definition of a form on its page. */
export function formDocument(spec: PageSpec, content: Content[]): TDocumentDefinitions {
  return {
    pageSize: spec.size,
    pageOrientation: spec.orientation,
    pageMargins: spec.margins,
    defaultStyle: { font: FONT_FAMILY, fontSize: spec.fontSize, lineHeight: spec.size === 'A5' ? 1.08 : 1.15 },
    footer: pageFooter(spec),
    content,
  };
}
