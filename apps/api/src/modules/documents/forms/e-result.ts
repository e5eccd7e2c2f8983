import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { EResultForm } from './form-data.ts';
import { A4_PORTRAIT, contactFields, field, formDocument, headingBlock, identifierField, qrBlock, signatureRow, titleBlock } from './layout.ts';

/**
 * The electronic result of a procedure (not an Annex I form): the resolving agency's document on A4, with the
 * e-result code and a QR code of its public verification page. The digital signature is applied afterwards.
 */
export function eResultDocument(data: EResultForm): TDocumentDefinitions {
  const spec = A4_PORTRAIT;
  const content: Content[] = [
    ...headingBlock(data.heading, spec, null),
    titleBlock(spec, data.title, [{ text: [{ text: 'Mã kết quả: ' }, { text: data.resultCode, bold: true }], fontSize: spec.fontSize, margin: [0, 2, 0, 0] }]),
    field('Người yêu cầu', data.applicant.name, { bold: true }),
    identifierField(data.applicant),
    ...contactFields(data.applicant),
    field('Thủ tục hành chính', data.procedureName),
    field('Mã hồ sơ', data.dossierCode, { margin: [0, 0, 0, 6] }),
    ...data.paragraphs.map((p): Content => ({ text: p, alignment: 'justify', margin: [0, 0, 0, 4], leadingIndent: 28 })),
    signatureRow(spec, data.signer),
    qrBlock(data.verifyUrl, 'Kiểm tra tính xác thực của kết quả tại:', 80, spec.fontSize - 3, [0, 12, 0, 0]),
  ];
  return formDocument(spec, content);
}
