import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReceiptForm } from './form-data.ts';
import { formatCount, formatTimeVi } from './format.ts';
import { A5_PORTRAIT, contactFields, field, formDocument, formLabel, headingBlock, identifierField, ruledTable, signatureRow, titleBlock, type FormNumbering } from './layout.ts';

const QR_SIZE = 62;

/** Mẫu số 01 (BM01): Giấy tiếp nhận hồ sơ và hẹn trả kết quả — A5 portrait, with the lookup QR code. */
export function receiptDocument(data: ReceiptForm, numbering: FormNumbering): TDocumentDefinitions {
  const spec = A5_PORTRAIT;
  const small = spec.fontSize - 1;
  const issuerName = data.heading.issuer.fullName ?? data.heading.issuer.name;
  const procedure = data.variantName ? `${data.procedureName} (${data.variantName})` : data.procedureName;

  const documentsTable: Content = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [16, '*', 44, 40],
      body: [
        [
          { text: 'TT', bold: true, alignment: 'center' },
          { text: 'Tên giấy tờ', bold: true, alignment: 'center' },
          { text: 'Bản chính', bold: true, alignment: 'center' },
          { text: 'Bản sao', bold: true, alignment: 'center' },
        ],
        ...data.documents.map((d, i) => [
          { text: String(i + 1), alignment: 'center' as const },
          { text: d.name },
          { text: formatCount(d.originals), alignment: 'center' as const },
          { text: formatCount(d.copies), alignment: 'center' as const },
        ]),
      ],
    },
    layout: ruledTable,
    fontSize: small,
    margin: [0, 1, 0, 3],
  };

  const content: Content[] = [
    ...headingBlock(data.heading, spec, formLabel('receipt', numbering)),
    titleBlock(spec, 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', [{ text: [{ text: 'Mã hồ sơ: ' }, { text: data.dossierCode, bold: true }], fontSize: spec.fontSize, margin: [0, 2, 0, 0] }]),
    field(`${issuerName} tiếp nhận hồ sơ của`, data.applicant.name, { bold: true }),
    identifierField(data.applicant),
    ...contactFields(data.applicant),
  ];
  if (data.principal) content.push(field('Được ủy quyền bởi', `${data.principal.name} (số định danh ${data.principal.identifier})`));
  content.push(
    field('Thủ tục hành chính', procedure),
    field('Nội dung yêu cầu giải quyết', data.request),
    { text: '1. Thành phần hồ sơ nộp gồm:', margin: [0, 1, 0, 0] },
    documentsTable,
    // The cases answered yes at receipt (issue 12), in the documents' small type so the receipt keeps to one page.
    ...(data.appliedCases && data.appliedCases.length > 0 ? [{ ...(field('Trường hợp', data.appliedCases.join('; '), { margin: [0, 0, 0, 1] }) as object), fontSize: small } as Content] : []),
    {
      // The lookup QR code sits beside points 2–6, its URL printed under it, so the receipt keeps to one A5 page.
      columns: [
        {
          width: '*',
          stack: [
            field('2. Số lượng hồ sơ', `${formatCount(data.sets)} bộ`),
            field('3. Thời gian giải quyết hồ sơ theo quy định', data.timeLimitText),
            field('4. Thời gian nhận hồ sơ', formatTimeVi(data.receivedAt)),
            field('5. Thời gian trả kết quả giải quyết hồ sơ', data.dueAt ? formatTimeVi(data.dueAt) : 'Giải quyết ngay khi tiếp nhận', { bold: true }),
            field('6. Đăng ký nhận kết quả tại', data.resultPlace),
          ],
        },
        { width: QR_SIZE, qr: data.lookupUrl, fit: QR_SIZE, eccLevel: 'M' },
      ],
      columnGap: 6,
    },
    { text: [{ text: 'Tra cứu hồ sơ: ', italics: true }, { text: data.lookupUrl }], fontSize: spec.fontSize - 2, alignment: 'right', margin: [0, 1, 0, 1] },
    { text: `Vào Sổ theo dõi hồ sơ, Quyển số: ${data.registerBook}, Số thứ tự: ${data.registerSequence}`, italics: true, margin: [0, 1, 0, 0] },
    signatureRow(spec, data.receiver, { title: 'Người nộp hồ sơ', name: data.applicant.name }),
  );
  return formDocument(spec, content);
}
