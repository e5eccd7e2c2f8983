import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from '../pdf/pdfmake.ts';
import { apologyDocument } from './apology.ts';
import { eResultDocument } from './e-result.ts';
import type { FormData, FormKind } from './form-data.ts';
import { apologyTitle, formLabel, type FormNumbering, type RenderOptions } from './layout.ts';
import { processSheetDocument } from './process-sheet.ts';
import { receiptDocument } from './receipt.ts';
import { refusalDocument } from './refusal.ts';
import { registerDocument } from './register.ts';
import { stopNoticeDocument } from './stop-notice.ts';
import { supplementRequestDocument } from './supplement-request.ts';

export type * from './form-data.ts';
export type { FormNumbering, RenderOptions } from './layout.ts';
export { formLabel } from './layout.ts';
export { renderRegisterXlsx } from './register-xlsx.ts';

const TITLES: Record<Exclude<FormKind, 'apology' | 'e_result'>, string> = {
  receipt: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  supplement_request: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  refusal: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  stop_notice: 'Thông báo dừng giải quyết hồ sơ',
  process_sheet: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
  register: 'Sổ theo dõi hồ sơ',
};

/** The PDF's title metadata, e.g. "Giấy tiếp nhận hồ sơ và hẹn trả kết quả H15.50-261123-0001". */
export function formTitle(data: FormData, numbering: FormNumbering = '2025'): string {
  switch (data.kind) {
    case 'e_result':
      return `${data.title} ${data.resultCode}`;
    case 'apology':
      return `${apologyTitle(numbering).charAt(0)}${apologyTitle(numbering).slice(1).toLowerCase()} ${data.dossierCode}`;
    case 'register':
      return `${TITLES.register} ${data.unitName}`;
    case 'refusal':
      return data.dossierCode ? `${TITLES.refusal} ${data.dossierCode}` : TITLES.refusal;
    default:
      return `${TITLES[data.kind]} ${data.dossierCode}`;
  }
}

function definitionOf(data: FormData, numbering: FormNumbering): TDocumentDefinitions {
  switch (data.kind) {
    case 'receipt':
      return receiptDocument(data, numbering);
    case 'supplement_request':
      return supplementRequestDocument(data, numbering);
    case 'refusal':
      return refusalDocument(data, numbering);
    case 'apology':
      return apologyDocument(data, numbering);
    case 'stop_notice':
      return stopNoticeDocument(data, numbering);
    case 'process_sheet':
      return processSheetDocument(data, numbering);
    case 'register':
      return registerDocument(data, numbering);
    case 'e_result':
      return eResultDocument(data);
  }
}

/**
 * Renders an official form to PDF: 01–05 on A5 portrait, 06 and the electronic result on A4 portrait, the
 * register on A4 landscape. Real, searchable text in the embedded Noto Serif; all text normalised to NFC; the
 * PDF's creation date is the form's issuedAt, so the same data renders to the same bytes. `numbering` picks the
 * printed form numbers: '2025' (Mẫu số 01–07, default) or '2018' (BM01–BM06).
 */
export async function renderFormPdf(data: FormData, options: RenderOptions = {}): Promise<Buffer> {
  const numbering = options.numbering ?? '2025';
  const label = formLabel(data.kind, numbering);
  return renderPdf(definitionOf(data, numbering), {
    title: formTitle(data, numbering),
    ...(label ? { subject: label } : {}),
    createdAt: new Date(data.heading.issuedAt),
  });
}
