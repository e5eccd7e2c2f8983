import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { RefusalForm } from './form-data.ts';
import { A5_PORTRAIT, addressee, contactFields, field, formDocument, formLabel, headingBlock, identifierField, para, signatureRow, titleBlock, type FormNumbering } from './layout.ts';

/** Mẫu số 03 (BM03): Phiếu từ chối tiếp nhận giải quyết hồ sơ — with the reasons. A5 portrait. */
export function refusalDocument(data: RefusalForm, numbering: FormNumbering): TDocumentDefinitions {
  const spec = A5_PORTRAIT;
  const issuerName = data.heading.issuer.fullName ?? data.heading.issuer.name;
  const below: Content[] = data.dossierCode ? [{ text: [{ text: 'Mã hồ sơ: ' }, { text: data.dossierCode, bold: true }], fontSize: spec.fontSize, margin: [0, 2, 0, 0] }] : [];
  const content: Content[] = [
    ...headingBlock(data.heading, spec, formLabel('refusal', numbering)),
    titleBlock(spec, 'Phiếu từ chối tiếp nhận giải quyết hồ sơ', below),
    field(`${issuerName} tiếp nhận hồ sơ của`, data.applicant.name, { bold: true }),
    identifierField(data.applicant),
    ...contactFields(data.applicant),
    field('Thủ tục hành chính', data.procedureName),
    field('Nội dung yêu cầu giải quyết', data.request),
    para(`Qua xem xét, ${issuerName} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`, [0, 3, 0, 1]),
    { text: data.reasons, margin: [8, 0, 0, 3] },
    para(`Xin thông báo cho ${addressee(data.applicant)} được biết và thực hiện./.`),
    signatureRow(spec, data.signer),
  ];
  return formDocument(spec, content);
}
