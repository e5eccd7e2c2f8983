import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { SupplementRequestForm } from './form-data.ts';
import { formatTimeVi } from './format.ts';
import { A5_PORTRAIT, addressee, contactFields, field, formDocument, formLabel, headingBlock, identifierField, para, signatureRow, titleBlock, type FormNumbering } from './layout.ts';

/** Mẫu số 02 (BM02): Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ — the whole list, once. A5 portrait. */
export function supplementRequestDocument(data: SupplementRequestForm, numbering: FormNumbering): TDocumentDefinitions {
  const spec = A5_PORTRAIT;
  const you = addressee(data.applicant);
  const content: Content[] = [
    ...headingBlock(data.heading, spec, formLabel('supplement_request', numbering)),
    titleBlock(spec, 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', [{ text: [{ text: 'Mã hồ sơ: ' }, { text: data.dossierCode, bold: true }], fontSize: spec.fontSize, margin: [0, 2, 0, 0] }]),
    field('Hồ sơ của', data.applicant.name, { bold: true }),
    identifierField(data.applicant),
    ...contactFields(data.applicant),
    field('Nội dung yêu cầu giải quyết', data.procedureName),
  ];
  if (data.receivedAt) content.push(field('Thời gian nhận hồ sơ', formatTimeVi(data.receivedAt)));
  content.push(
    { text: 'Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:', bold: true, margin: [0, 3, 0, 1] },
    { ol: data.items.map((item) => ({ text: item })), margin: [6, 0, 0, 3] },
    field('Lý do', data.reason),
    para(
      `Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, ${you} liên hệ với ${data.contact.name}` +
        (data.contact.phone ? `, số điện thoại ${data.contact.phone}` : '') +
        ' để được hướng dẫn./.',
      [0, 3, 0, 0],
    ),
    signatureRow(spec, data.signer),
  );
  return formDocument(spec, content);
}
