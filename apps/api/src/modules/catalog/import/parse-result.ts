import type { ProcedureResult } from '@motcua/shared';
import { clean, excerpt, type FieldOutcome } from './text.ts';

/** Where the result table ends and the portal's page furniture begins. */
const END_MARKERS = ['Từ khóa', 'Mô tả', 'Chọn cơ quan thực hiện'];
const RESULT_CODE = /Mã:\s*(KQ[.\w]*\d)/g;

/** `ket_qua_xu_ly`: result names each followed by "Mã: KQ.G15.000031", then keywords and page text. */
export function parseResults(text: string): FieldOutcome<{ results: ProcedureResult[]; keywords: string | null }> {
  const body = clean(text);
  if (!body) return { value: { results: [], keywords: null }, status: 'absent', issues: [] };
  const end = Math.min(...END_MARKERS.map((m) => body.indexOf(m)).filter((i) => i >= 0), body.length);
  const table = body.slice(0, end);
  const kw = /Từ khóa(.*?)(Mô tả|Chọn cơ quan|$)/s.exec(body);
  const keywords = kw ? clean(kw[1]) : null;
  const results: ProcedureResult[] = [];
  let last = 0;
  for (const m of table.matchAll(RESULT_CODE)) {
    const name = clean(table.slice(last, m.index));
    last = m.index! + m[0].length;
    if (name) results.push({ name, code: m[1]! });
  }
  const tail = clean(table.slice(last));
  if (tail) results.push({ name: tail, code: null });
  if (results.length === 0) {
    return { value: { results, keywords }, status: clean(table) ? 'unparsed' : 'absent', issues: clean(table) ? [{ field: 'ket_qua_xu_ly', message: 'Không nhận ra kết quả', excerpt: excerpt(table) }] : [] };
  }
  return { value: { results, keywords }, status: 'parsed', issues: [] };
}
