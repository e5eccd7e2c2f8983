import type { DocumentGroup, ParseIssue } from '@motcua/shared';
import type { DocumentRow } from './classify-documents.ts';
import { clean, excerpt, type FieldOutcome } from './text.ts';

const TABLE_HEADER = 'Tên giấy tờMẫu đơn, tờ khaiSố lượng';
/** The quantity cell that closes every document row: "1 bản chính", "0 bản chính,1 bản sao", "2 bản sao". */
const COUNT = /(\d+)\s*bản chính(?:\s*,\s*(\d+)\s*bản sao)?|(\d+)\s*bản sao/g;
const FORM_FILE = /\.(docx?|pdf|xlsx?|rar|zip|odt)$/i;

export interface ParsedSection {
  /** The heading above the table ("Trường hợp …", "* Giấy tờ phải xuất trình:", "--"), cleaned. */
  heading: string | null;
  /** The rows as read; classify-documents.ts decides what each one is once the variants are known. */
  rows: DocumentRow[];
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

function rowOf(cell: string, originals: number, copies: number, group: DocumentGroup): DocumentRow {
  // The list marker of the record's table ("- ", "+ ", "• ") is layout, not part of the document's name.
  const { name, form } = splitForm(cell.trim().replace(/^[-+•*–]\s*/u, ''));
  return { group, name: name || cell, originals, copies, formTemplate: form ? { name: form, fileId: null, url: null } : null };
}

/** The text after the innermost parenthesis still open at the end of `s`, or null when all are closed. */
function openParenthesis(s: string): string | null {
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') open.push(i);
    else if (s[i] === ')') open.pop();
  }
  return open.length > 0 ? s.slice(open.at(-1)! + 1) : null;
}

/**
 * A quantity written inside a document's name — "Hợp đồng bảo đảm (01 bản chính hoặc 01 bản sao có chứng thực)",
 * "+ 01 bản chính văn bản cho…" — is not the quantity cell that closes the row: that cell is never inside an open
 * parenthesis that closes right after it, and is not followed by a lower-case continuation of the same sentence.
 */
function inText(text: string, start: number, at: number, length: number): boolean {
  const inside = openParenthesis(text.slice(start, at));
  if (inside !== null && /^\s*(\d|$)/.test(inside) && /^[^()]{0,80}\)/.test(text.slice(at + length))) return true;
  return /\s$/.test(text.slice(Math.max(0, at - 1), at)) && /^\s+\p{Ll}/u.test(text.slice(at + length, at + length + 3));
}

/** One table: document rows each ending with its quantity cell; what follows the last row is returned as the tail. */
function parseTable(text: string, group: DocumentGroup): { rows: DocumentRow[]; tail: string } {
  const rows: DocumentRow[] = [];
  let last = 0;
  for (const m of text.matchAll(COUNT)) {
    if (inText(text, last, m.index, m[0].length)) continue;
    const cell = text.slice(last, m.index).trim();
    const originals = Number(m[1] ?? 0);
    const copies = Number(m[2] ?? m[3] ?? 0);
    last = m.index! + m[0].length;
    if (!cell) continue;
    rows.push(rowOf(cell, originals, copies, group));
  }
  return { rows, tail: text.slice(last) };
}

const headingText = (h: string) => h.replace(/^[*\-\s]+/, '').replace(/[:\s]+$/, '').trim();
export const isVariantHeading = (h: string | null) => !!h && /^(\(?[0-9.]+\)\s*)?(trường hợp|đối với)/i.test(h);

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
    const { rows, tail } = parseTable(body, 'submit');
    if (rows.length === 0) return { value: [], status: 'unparsed', issues: [{ field: 'thanh_phan_ho_so', message: 'Không nhận ra bảng thành phần hồ sơ', excerpt: excerpt(body) }] };
    if (clean(tail)) issues.push({ field: 'thanh_phan_ho_so', message: 'Còn nội dung sau giấy tờ cuối cùng', excerpt: excerpt(tail) });
    return { value: [{ heading: null, rows }], status: issues.length ? 'partial' : 'parsed', issues };
  }
  const sections: ParsedSection[] = [];
  let heading = clean(headingText(parts[0]!));
  for (let i = 1; i < parts.length; i++) {
    const isLast = i === parts.length - 1;
    const group: DocumentGroup = heading && /xuất trình/i.test(heading) ? 'present' : 'submit';
    const { rows, tail } = parseTable(parts[i]!, group);
    if (rows.length === 0 && clean(parts[i]!)) {
      issues.push({ field: 'thanh_phan_ho_so', message: 'Bảng giấy tờ không có số lượng bản chính, bản sao', excerpt: excerpt(parts[i]!) });
    }
    sections.push({ heading, rows });
    const rest = clean(headingText(tail));
    if (isLast && rest && !/^lưu ý/i.test(rest)) issues.push({ field: 'thanh_phan_ho_so', message: 'Còn nội dung sau giấy tờ cuối cùng', excerpt: excerpt(rest) });
    heading = rest;
  }
  const any = sections.some((s) => s.rows.length > 0);
  return { value: sections, status: !any ? 'unparsed' : issues.length ? 'partial' : 'parsed', issues };
}
