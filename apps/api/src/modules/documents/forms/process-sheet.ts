import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ProcessSheetForm } from './form-data.ts';
import { formatTimeVi, timelinessLabels } from './format.ts';
import { A5_LANDSCAPE, field, formDocument, formLabel, headingBlock, ruledTable, titleBlock, type FormNumbering } from './layout.ts';

/**
 * Mẫu số 06 (BM05): Phiếu kiểm soát quá trình giải quyết hồ sơ — a row per hand-over, with who gave and who
 * received, and whether the step ended early, on time or late. A4 portrait; the header row repeats on each page.
 */
export function processSheetDocument(data: ProcessSheetForm, numbering: FormNumbering): TDocumentDefinitions {
  const spec = A5_LANDSCAPE;
  const small = spec.fontSize - 1.5;
  const header = (text: string): TableCell => ({ text, bold: true, alignment: 'center' });
  const rows: TableCell[][] = data.rows.map((r, i) => {
    const units: Content[] = [{ text: r.step }];
    if (r.giverUnit) units.push({ text: [{ text: 'Giao: ', italics: true }, { text: r.giverUnit }] });
    units.push({ text: [{ text: 'Nhận: ', italics: true }, { text: r.receiverUnit }] });
    const people: Content[] = [{ text: formatTimeVi(r.handedOverAt) }];
    if (r.giver) people.push({ text: [{ text: 'Người giao: ', italics: true }, { text: r.giver }] });
    if (r.receiver) people.push({ text: [{ text: 'Người nhận: ', italics: true }, { text: r.receiver }] });
    const result: Content[] = [];
    if (r.timeliness) result.push({ text: timelinessLabels[r.timeliness], bold: true });
    if (r.endedAt) result.push({ text: `Xong: ${formatTimeVi(r.endedAt)}` });
    if (!r.endedAt && !r.timeliness) result.push({ text: 'Đang giải quyết', italics: true });
    return [
      { text: String(i + 1), alignment: 'center' },
      { stack: units },
      { stack: people },
      { stack: result, alignment: 'center' },
      { text: r.note ?? '' },
    ];
  });
  const cooperating = data.cooperatingAgencies.length > 0 ? data.cooperatingAgencies.join('; ') : 'Không';
  const content: Content[] = [
    ...headingBlock(data.heading, spec, formLabel('process_sheet', numbering)),
    titleBlock(spec, 'Phiếu kiểm soát quá trình giải quyết hồ sơ', [{ text: [{ text: 'Mã hồ sơ: ' }, { text: data.dossierCode, bold: true }], fontSize: spec.fontSize, margin: [0, 2, 0, 0] }]),
    field('(Kèm theo hồ sơ của', `${data.applicantName})`),
    field('Thủ tục hành chính', data.procedureName),
    field('Cơ quan (bộ phận) giải quyết hồ sơ', data.leadAgency),
    field('Cơ quan phối hợp giải quyết hồ sơ', cooperating),
    field('Thời gian nhận hồ sơ', data.receivedAt ? formatTimeVi(data.receivedAt) : '—'),
    field('Thời gian trả kết quả', data.dueAt ? formatTimeVi(data.dueAt) : 'Giải quyết ngay khi tiếp nhận'),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [18, '*', 118, 72, 58],
        body: [
          [header('TT'), header('TÊN CƠ QUAN, BỘ PHẬN'), header('THỜI GIAN GIAO, NHẬN HỒ SƠ'), header('KẾT QUẢ GIẢI QUYẾT HỒ SƠ\n(Trước hạn/ Đúng hạn/ Quá hạn)'), header('GHI CHÚ')],
          ...rows,
        ],
      },
      layout: ruledTable,
      fontSize: small,
      margin: [0, 6, 0, 0],
    },
  ];
  return formDocument(spec, content);
}
