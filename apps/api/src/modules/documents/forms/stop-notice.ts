import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { StopNoticeForm } from './form-data.ts';
import { formatDateOf, formatTimeVi } from './format.ts';
import { A5_PORTRAIT, addressee, formDocument, formLabel, headingBlock, identifierField, para, signatureRow, titleBlock, type FormNumbering } from './layout.ts';

/** Mẫu số 05: Thông báo dừng giải quyết hồ sơ (no 2018 counterpart). A5 portrait. */
export function stopNoticeDocument(data: StopNoticeForm, numbering: FormNumbering): TDocumentDefinitions {
  const spec = A5_PORTRAIT;
  const issuerName = data.heading.issuer.fullName ?? data.heading.issuer.name;
  const you = addressee(data.applicant);
  const received = data.receivedAt ? ` ngày ${formatDateOf(data.receivedAt)}` : '';
  const content: Content[] = [
    ...headingBlock(data.heading, spec, formLabel('stop_notice', numbering)),
    titleBlock(spec, 'Thông báo dừng giải quyết hồ sơ'),
    { text: [{ text: 'Kính gửi: ' }, { text: data.applicant.name, bold: true }, { text: '.' }], alignment: 'center', margin: [0, 0, 0, 4] },
    identifierField(data.applicant),
    para([{ text: 'Mã hồ sơ: ' }, { text: data.dossierCode, bold: true }]),
    para(`Thủ tục hành chính: ${data.procedureName}.`),
  ];
  if (data.receivedAt) content.push(para(`Thời gian nhận hồ sơ: ${formatTimeVi(data.receivedAt)}.`));
  content.push(
    para(`${issuerName} đã tiếp nhận hồ sơ nêu trên của ${you}${received}. Nay ${issuerName} thông báo dừng giải quyết hồ sơ kể từ ngày ${formatDateOf(data.heading.issuedAt)}.`, [0, 3, 0, 2]),
    para(`Lý do: ${data.reason}`),
    para(`Xin thông báo để ${you} được biết./.`),
    signatureRow(spec, data.signer, { recipients: ['Như trên;', 'Lưu: VT.'] }),
  );
  return formDocument(spec, content);
}
