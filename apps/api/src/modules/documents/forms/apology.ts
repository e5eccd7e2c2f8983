import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ApologyForm } from './form-data.ts';
import { formatDateOf, formatTimeVi } from './format.ts';
import { A5_PORTRAIT, addressee, apologyTitle, formDocument, formLabel, headingBlock, para, signatureRow, titleBlock, type FormNumbering } from './layout.ts';

/**
 * Mẫu số 04 (BM04): the apology and request for extension (2018: "Phiếu xin lỗi và hẹn lại ngày trả kết quả"),
 * signed by the head of the agency, at least one working day before the due date. A5 portrait.
 */
export function apologyDocument(data: ApologyForm, numbering: FormNumbering): TDocumentDefinitions {
  const spec = A5_PORTRAIT;
  const issuerName = data.heading.issuer.fullName ?? data.heading.issuer.name;
  const you = addressee(data.applicant);
  const content: Content[] = [
    ...headingBlock(data.heading, spec, formLabel('apology', numbering)),
    titleBlock(spec, apologyTitle(numbering)),
    { text: [{ text: 'Kính gửi: ' }, { text: data.applicant.name, bold: true }, { text: '.' }], alignment: 'center', margin: [0, 0, 0, 4] },
    para(
      `Ngày ${formatDateOf(data.receivedAt)}, ${issuerName} tiếp nhận hồ sơ của ${you} ${data.applicant.name} ` +
        `(${data.applicant.kind === 'individual' ? 'số định danh cá nhân' : 'mã số thuế'} ${data.applicant.identifier}) ` +
        `đề nghị giải quyết thủ tục hành chính: ${data.procedureName}.`,
    ),
    para([{ text: 'Mã hồ sơ: ' }, { text: data.dossierCode, bold: true }]),
    para(`Thời hạn trả kết quả giải quyết hồ sơ: ${formatTimeVi(data.originalDueAt)}.`),
    para(`Tuy nhiên đến nay, ${issuerName} chưa trả kết quả giải quyết hồ sơ của ${you}, lý do: ${data.reason}`),
    para(`Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của ${you}. ${issuerName} xin lỗi ${you} và đề nghị gia hạn thời gian giải quyết; kết quả giải quyết hồ sơ sẽ được trả cho ${you} vào:`),
    { text: formatTimeVi(data.newDueAt), bold: true, alignment: 'center', margin: [0, 1, 0, 3] },
    para('Xin trân trọng cảm ơn./.'),
    signatureRow(spec, data.signer, { recipients: ['Như trên;', 'Bộ phận Một cửa;', 'Lưu: VT.'] }),
  ];
  return formDocument(spec, content);
}
