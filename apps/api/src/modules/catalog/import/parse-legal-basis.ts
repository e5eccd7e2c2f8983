import type { LegalBasisItem, ParseIssue } from '@motcua/shared';
import { clean, excerpt, type FieldOutcome } from './text.ts';

const HEADER = 'Tên văn bản pháp lýMã văn bản';
/**
 * A document number cell ("123/2015/NĐ-CP", "60/2014/QH13", "66.7/2025/NQ-CP", "1234/QĐ-BTP") glued to the
 * next title, which starts with a capitalised word; the number ends right before it.
 */
const NUMBER = /(\d+(?:\.\d+)?(?:\/\d{4})?\/[\p{Lu}0-9][\p{Lu}0-9-]*?(?:TTg)?)(?=(?!Tg)\p{Lu}\p{Ll}|\s*$)/gu;

/**
 * "Luật 49/2019/QH14" + "49/2019/QH14" glue into "…QH1449/2019/QH14": the match then starts inside the
 * title's own number. Move the leading digits back to the title when that makes the title end with the number.
 */
function unglue(title: string, number: string): { title: string; number: string } {
  for (let k = 1; k <= 4 && k < number.length; k++) {
    const candidate = number.slice(k);
    const head = number.slice(0, k);
    if (/^\d/.test(candidate) && /^\d+$/.test(head) && `${title}${head}`.endsWith(candidate)) return { title: `${title}${head}`, number: candidate };
  }
  return { title, number };
}

const issuers: [RegExp, string][] = [
  [/^UBTVQH/, 'Ủy ban Thường vụ Quốc hội'], [/^QH\d*$/, 'Quốc hội'], [/-TTg$/, 'Thủ tướng Chính phủ'], [/-CP$/, 'Chính phủ'],
  [/-VPCP$/, 'Văn phòng Chính phủ'], [/-BTP$/, 'Bộ Tư pháp'], [/-BTC$/, 'Bộ Tài chính'], [/-BCA$/, 'Bộ Công an'], [/-BXD$/, 'Bộ Xây dựng'],
  [/-BNNMT$/, 'Bộ Nông nghiệp và Môi trường'], [/-BNNPTNT$/, 'Bộ Nông nghiệp và Phát triển nông thôn'], [/-BTNMT$/, 'Bộ Tài nguyên và Môi trường'],
  [/-NHNN$/, 'Ngân hàng Nhà nước Việt Nam'], [/-BGTVT$/, 'Bộ Giao thông vận tải'], [/-BNV$/, 'Bộ Nội vụ'], [/-BYT$/, 'Bộ Y tế'], [/-BCT$/, 'Bộ Công Thương'],
  [/-BKHĐT$/, 'Bộ Kế hoạch và Đầu tư'], [/-BLĐTBXH$/, 'Bộ Lao động - Thương binh và Xã hội'], [/-BQP$/, 'Bộ Quốc phòng'], [/-BGDĐT$/, 'Bộ Giáo dục và Đào tạo'],
  [/-BKHCN$/, 'Bộ Khoa học và Công nghệ'], [/-BTTTT$/, 'Bộ Thông tin và Truyền thông'], [/-BVHTTDL$/, 'Bộ Văn hóa, Thể thao và Du lịch'], [/-BNG$/, 'Bộ Ngoại giao'],
];

export function issuerOf(number: string): string | null {
  const suffix = number.split('/').at(-1) ?? '';
  return issuers.find(([re]) => re.test(suffix))?.[1] ?? null;
}

/** "… ngày 15/11/2015 …" or "… ngày 28 tháng 7 năm 2020 …" in a title → 2015-11-15. */
export function issuedOnIn(title: string, number: string): string | null {
  const at = title.indexOf(number);
  const scope = at >= 0 ? title.slice(at) : title;
  const m = /ngày\s+(\d{1,2})\s*(?:\/|tháng\s+)(\d{1,2})\s*(?:\/|năm\s+)(\d{4})/.exec(scope);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `can_cu_phap_ly`: a two-column table (title, number) concatenated without separators. */
export function parseLegalBasis(text: string): FieldOutcome<LegalBasisItem[]> {
  const body = clean(text);
  if (!body) return { value: [], status: 'absent', issues: [] };
  const t = body.startsWith(HEADER) ? body.slice(HEADER.length) : body;
  if (!clean(t)) return { value: [], status: 'absent', issues: [] };
  const items: LegalBasisItem[] = [];
  const issues: ParseIssue[] = [];
  let last = 0;
  for (const m of t.matchAll(NUMBER)) {
    const fixed = unglue(t.slice(last, m.index), m[1]!);
    const title = clean(fixed.title);
    const number = fixed.number;
    last = m.index! + m[0].length;
    if (!title) {
      issues.push({ field: 'can_cu_phap_ly', message: `Số hiệu ${number} không có tên văn bản` });
      items.push({ number, title: number, issuedOn: null, issuer: issuerOf(number), effectiveOn: null });
      continue;
    }
    items.push({ number, title, issuedOn: issuedOnIn(title, number), issuer: issuerOf(number), effectiveOn: null });
  }
  const tail = clean(t.slice(last));
  if (tail) issues.push({ field: 'can_cu_phap_ly', message: 'Không tách được số hiệu văn bản', excerpt: excerpt(tail) });
  if (items.length === 0) return { value: [], status: 'unparsed', issues };
  return { value: items, status: issues.length ? 'partial' : 'parsed', issues };
}
