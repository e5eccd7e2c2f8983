import type { ParseIssue } from '@motcua/shared';
import { normaliseDocument, type DocumentRecord } from '../procedure-record.ts';
import { clean, excerpt, type FieldOutcome } from './text.ts';

const TABLE_HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';
/** The quantity cell that closes every document row: "1 bản chính", "0 bản chính,1 bản sao", "2 bản sao". */
const COUNT = /(\d+)\s*bản chính(?:\s*,\s*(\d+)\s*bản sao)?|(\d+)\s*bản sao/g;
const FORM_FILE = /\.(docx?|pdf|xlsx?|rar|zip|odt)$/i;

export interface ParsedSection {
  /** The heading above the table ("Trường hợp …", "* Giấy tờ phải xuất trình:", "--"), cleaned. */
  heading: string | null;
  documents: DocumentRecord[];
}

/**
 * Separates a trailing form file name from the document name: the file name starts at the first place
 * where text is glued without a space — "…nguồn genĐơn ĐK.docx", "…nhánh;Mẫu số 04.docx", "…(Mẫu 01/BĐS)01 BĐS.docx".
 */
function splitForm(cell: string): { name: string; form: string | null } {
  if (!FORM_FILE.test(cell)) return { name: cell, form: null };
  for (let i = 5; i < cell.length - 4; i++) {
    const prev = cell[i - 1]!;
    const here = cell[i]!;
    const glued =
      (/\p{Ll}/u.test(prev) && /\p{Lu}/u.test(here)) ||
      ((prev === ';' || prev === ')') && /[\p{L}\p{N}]/u.test(here)) ||
      (prev === '.' && /[\p{Ll})]/u.test(cell[i - 2] ?? '') && /[\p{L}\p{N}]/u.test(here));
    if (glued && cell.length - i <= 150) return { name: cell.slice(0, i).trim(), form: cell.slice(i).trim() };
  }
  return { name: cell, form: cell };
}

function documentOf(cell: string, originals: number, copies: number, group: DocumentRecord['group'], condition: string | null): DocumentRecord {
  const { name, form } = splitForm(cell.replace(/^[-+•*]\s*/, '').trim());
  const optional = /\(nếu có\)/i.test(name);
  // A row with neither originals nor copies is a note of the table ("Trường hợp … thì không phải nộp"), not a required document.
  const note = originals + copies === 0;
  return normaliseDocument({
    group,
    name: name || cell,
    originals,
    copies,
    required: !optional && !note,
    condition: optional ? 'Nếu có' : condition,
    caseKey: null, caseQuestion: null, alternativeGroup: null, channels: null, classifiedBy: null,
    formTemplate: form ? { name: form, fileId: null, url: null } : null,
  });
}

/** One table: document rows each ending with its quantity cell; what follows the last row is returned as the tail. */
function parseTable(text: string, group: DocumentRecord['group'], condition: string | null): { documents: DocumentRecord[]; tail: string } {
  const documents: DocumentRecord[] = [];
  let last = 0;
  for (const m of text.matchAll(COUNT)) {
    const cell = text.slice(last, m.index).trim();
    const originals = Number(m[1] ?? 0);
    const copies = Number(m[2] ?? m[3] ?? 0);
    last = m.index! + m[0].length;
    if (!cell) continue;
    documents.push(documentOf(cell, originals, copies, group, condition));
  }
  return { documents, tail: text.slice(last) };
}

const headingText = (h: string) => h.replace(/^[*\-\s]+/, '').replace(/[:\s]+$/, '').trim();
export const isVariantHeading = (h: string | null) => !!h && /^(trường hợp|đối với)/i.test(h);

/**
 * `thanh_phan_ho_so`: one or more tables, each preceded by a heading; rows are the document name, an
 * optional form file name and the quantity of originals and copies, glued together.
 */
export function parseDocuments(text: string): FieldOutcome<ParsedSection[]> {
  const body = clean(text);
  if (!body) return { value: [], status: 'absent', issues: [] };
  const parts = body.split(TABLE_HEADER);
  const issues: ParseIssue[] = [];
  if (parts.length === 1) {
    const { documents, tail } = parseTable(body, 'submit', null);
    if (documents.length === 0) return { value: [], status: 'unparsed', issues: [{ field: 'thanh_phan_ho_so', message: 'Không nhận ra bảng thành phần hồ sơ', excerpt: excerpt(body) }] };
    if (clean(tail)) issues.push({ field: 'thanh_phan_ho_so', message: 'Còn nội dung sau giấy tờ cuối cùng', excerpt: excerpt(tail) });
    return { value: [{ heading: null, documents }], status: issues.length ? 'partial' : 'parsed', issues };
  }
  const sections: ParsedSection[] = [];
  let heading = clean(headingText(parts[0]!));
  for (let i = 1; i < parts.length; i++) {
    const isLast = i === parts.length - 1;
    const group: DocumentRecord['group'] = heading && /xuất trình/i.test(heading) ? 'present' : 'submit';
    const condition = heading && !isVariantHeading(heading) && !/^giấy tờ phải (nộp|xuất trình)/i.test(heading) ? heading : null;
    const { documents, tail } = parseTable(parts[i]!, group, condition);
    if (documents.length === 0 && clean(parts[i]!)) {
      issues.push({ field: 'thanh_phan_ho_so', message: 'Bảng giấy tờ không có số lượng bản chính, bản sao', excerpt: excerpt(parts[i]!) });
    }
    sections.push({ heading, documents });
    const rest = clean(headingText(tail));
    if (isLast && rest && !/^lưu ý/i.test(rest)) issues.push({ field: 'thanh_phan_ho_so', message: 'Còn nội dung sau giấy tờ cuối cùng', excerpt: excerpt(rest) });
    heading = rest;
  }
  const any = sections.some((s) => s.documents.length > 0);
  return { value: sections, status: !any ? 'unparsed' : issues.length ? 'partial' : 'parsed', issues };
}
