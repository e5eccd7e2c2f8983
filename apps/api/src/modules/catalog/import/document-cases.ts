import { foldVietnamese, slugOf, type Channel } from '@motcua/shared';

/**
 * The case a conditional document line is asked for ("Trường hợp ủy quyền…", "…trong trường hợp…", "nếu…"),
 * its stable key and the yes/no question put to the applicant; and the channels a line names. Pure text
 * helpers of the document classifier (classify-documents.ts).
 */

export interface DocumentCaseText {
  /** The case as the record writes it, from its opening words ("Trường hợp ủy quyền thực hiện…"). */
  condition: string;
  key: string;
  question: string;
}

/**
 * Cases that recur across ministries, with curated keys and questions. Matched on the folded clause, in order.
 * The key is shared by every line of a variant that the same answer triggers.
 */
export const knownCases: readonly { key: string; matches: RegExp; question: string }[] = [
  { key: 'uy-quyen', matches: /\buy quyen\b/, question: 'Có ủy quyền cho người khác thực hiện thủ tục không?' },
  { key: 'nguoi-dai-dien', matches: /\bthong qua nguoi dai dien\b/, question: 'Có thực hiện thủ tục thông qua người đại diện không?' },
  { key: 'mang-thai-ho', matches: /\bmang thai ho\b/, question: 'Trẻ được sinh ra do mang thai hộ?' },
  { key: 'tre-bi-bo-roi', matches: /\bbi bo roi\b/, question: 'Trẻ em bị bỏ rơi?' },
  { key: 'nguoi-nuoc-ngoai', matches: /\bnguoi nuoc ngoai\b/, question: 'Người yêu cầu là người nước ngoài?' },
  { key: 'nha-dau-tu-nuoc-ngoai', matches: /\bnha dau tu (la )?(to chuc |ca nhan )?nuoc ngoai\b/, question: 'Có nhà đầu tư nước ngoài?' },
  { key: 'to-chuc', matches: /^(nguoi (yeu cau|de nghi|nop ho so)|chu (dau tu|so huu)) la (doanh nghiep|to chuc)\b/, question: 'Người yêu cầu là tổ chức, doanh nghiệp?' },
  {
    key: 'khong-khai-thac-duoc-du-lieu',
    matches: /\bkhong (the )?khai thac duoc\b|\bchua (duoc )?(cap nhat|khai thac)\b.*\bco so du lieu\b/,
    question: 'Cơ quan tiếp nhận không khai thác được thông tin này từ cơ sở dữ liệu?',
  },
  { key: 'da-co-du-lieu-dien-tu', matches: /\b(da co|da duoc) (ban |du lieu |thong tin )?dien tu\b/, question: 'Giấy tờ này đã có bản điện tử hoặc dữ liệu điện tử?' },
  { key: 'nguoi-chua-thanh-nien', matches: /\b(nguoi chua thanh nien|chua du 18 tuoi|duoi 18 tuoi|duoi 14 tuoi)\b/, question: 'Người được đề nghị là người chưa thành niên?' },
];

const MAX_KEY = 40;

/** A short, stable fingerprint of a text (FNV-1a, base 36): two long clauses that begin alike keep distinct keys. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36).slice(0, 4);
}

/** The slug of the clause; a long one is cut at a word boundary and keeps a fingerprint of the whole. */
function keyOf(clause: string): string {
  const slug = slugOf(clause).replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (slug.length <= MAX_KEY) return slug || 'truong-hop';
  const cut = slug.slice(0, MAX_KEY - 4);
  const head = cut.lastIndexOf('-') > 10 ? cut.slice(0, cut.lastIndexOf('-')) : cut;
  return `${head}-${shortHash(slug)}`;
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').replace(/^[\s,;:(]+|[\s,;:.)]+$/g, '').trim();

/** The case of a clause as written (the words after "Trường hợp", "nếu", "đối với"), with its key and question. */
export function caseOf(condition: string): DocumentCaseText {
  const text = tidy(condition);
  const clause = tidy(text.replace(/^(trong |đối với )?(trường hợp|nếu|đối với)\s+/iu, '').replace(/^(là|có|của)\s+/iu, ''));
  const folded = foldVietnamese(clause);
  const known = knownCases.find((c) => c.matches.test(folded));
  const short = clause.length > 160 ? `${clause.slice(0, 157).trimEnd()}…` : clause;
  return {
    condition: text.charAt(0).toUpperCase() + text.slice(1),
    key: known?.key ?? keyOf(clause),
    question: known?.question ?? `Thuộc trường hợp: ${short}?`,
  };
}

/** Where a case clause ends: the main clause ("thì", "phải"), a list or sentence separator, or a closing parenthesis. */
const CLAUSE_END = /\s+thì(?=[\s,]|$)|(?<!không)\s+phải\s|\s\(|[,;:)]|\.(\s|$)/u;
const TRAILING_END = /\s+thì(?=[\s,]|$)|(?<!không)\s+phải\s|,\s+(?=(người|tổ chức|cá nhân|doanh nghiệp|hồ sơ|kèm theo|cơ quan|chủ|nhân viên)\s)|\s\(|[;:)]|\.(\s|$)/u;

/**
 * A case runs to its main clause ("thì", ":", "phải") or the end of its clause; a leading case that runs long
 * ends at its first comma instead ("Trường hợp X, kèm theo …").
 */
function clauseFrom(text: string, start: number, stopAtComma = false): string {
  const rest = text.slice(start);
  const strong = TRAILING_END.exec(rest.slice(1));
  const end = stopAtComma && (!strong || strong.index > 160) ? CLAUSE_END.exec(rest.slice(1)) : strong;
  return tidy(end ? rest.slice(0, end.index + 1) : rest);
}

/** A line that opens with its case: "Trường hợp X thì …", "Nếu X thì …", "Đối với X: …". */
export function leadingCase(text: string): string | null {
  if (!/^(trong )?(trường hợp|nếu|đối với)\s/iu.test(text)) return null;
  const clause = clauseFrom(text, 0, true);
  return clause.split(/\s+/).length >= 3 ? clause : null;
}

/** A document named first, then its case: "… trong trường hợp X", "… (trường hợp X)", "… đối với trường hợp X", "…, nếu X". */
export function trailingCase(text: string): string | null {
  for (const m of text.matchAll(/(\(|\btrong\s+|(?<!\p{L})đối với\s+|[;,]\s*|\s)(trường hợp|nếu)\s+/giu)) {
    const start = m.index + m[1]!.length;
    if (m.index < 8 || /^nếu có\s*([),;.]|$)/iu.test(text.slice(start)) || /(trừ|các|một số|mọi|không áp dụng|không áp dụng đối với)\s*$/iu.test(text.slice(0, start))) continue;
    const prefix = /trong/iu.test(m[1]!) ? 'trong ' : /đối với/iu.test(m[1]!) ? 'đối với ' : '';
    const clause = clauseFrom(text, start);
    if (clause.split(/\s+/).length >= 3) return `${prefix}${clause}`;
  }
  const paren = /\((đối với|áp dụng đối với)\s+/iu.exec(text);
  if (paren && paren.index >= 8) {
    const clause = clauseFrom(text, paren.index + 1);
    if (clause.split(/\s+/).length >= 3) return clause;
  }
  return null;
}

/** "… đối với tổ chức", "… đối với phương tiện thuộc diện đăng kiểm": who or what the document is asked of, closing the sentence. */
export function forWhom(text: string): string | null {
  const m = /(?<!\p{L})đối với\s+(các\s+)?(tổ chức|doanh nghiệp|cá nhân|người|phương tiện|hàng hóa|hàng hoá|công trình|tàu|dự án)(?!\p{L})(?![^;:()]*\shoặc\s)[^;:()]*[.;]?\s*$/iu.exec(text);
  return m && m.index >= 8 ? clauseFrom(text, m.index) : null;
}

/**
 * One requirement whose alternatives depend on the case: "A đối với trường hợp X; hoặc B đối với trường hợp Y",
 * "Bản sao giấy phép lái xe hoặc Quyết định xử phạt … đối với trường hợp tước quyền…": the applicant always brings one.
 */
export function eitherCase(text: string): boolean {
  const triggers = [...text.matchAll(/(?<!\p{L})(trường hợp|đối với)\s/giu)].filter((m) => !/(trừ|các|một số|không áp dụng|đối với|trong)\s*$/iu.test(text.slice(0, m.index)));
  if (triggers.length === 0) return false;
  const first = triggers[0]!.index;
  const between = triggers.length > 1 ? text.slice(first, triggers[1]!.index) : '';
  const another = /\s+hoặc\s+(bản sao|bản chính|giấy tờ|văn bản|tài liệu|quyết định|quy chế|\p{Lu})/u;
  return another.test(between) || /^.{40,}\shoặc\s+(\p{Lu}|bản sao giấy tờ|giấy tờ|văn bản|tài liệu)/u.test(text.slice(0, first));
}

/** The first sentence: later sentences of a line explain it ("Trường hợp … thì không phải chứng thực"). */
export function firstSentence(text: string): string {
  const m = /[.;]\s+(?=(Trường hợp|Trong trường hợp|Nếu|Đối với|Lưu ý|Riêng|Người|Cơ quan)[\s:])|\.\s+(?=\p{Lu})/u.exec(text);
  return m ? text.slice(0, m.index + 1) : text;
}

const ONLINE = /\b(nop|gui|lua chon|tai len|ke khai)( ho so)?( theo hinh thuc| theo phuong thuc| qua mang)? truc tuyen\b|\bhinh thuc truc tuyen\b|\bdien tu tuong tac\b/;
const IN_PERSON = /\b(nop|gui|lam thu tuc|thuc hien thu tuc)( ho so)?( theo hinh thuc| theo phuong thuc)? truc tiep\b|\bhinh thuc truc tiep\b|\btruc tiep nop\b/;
/** "…, trừ trường hợp …": an exception names no channel of the line. */
const EXCEPTION = /\btru truong hop\b[^;]*/g;
const POSTAL = /\b(qua|bang)( he thong| dich vu)? buu (chinh|dien)\b|\bhinh thuc buu chinh\b/;

/** The channels a text names for submitting ("nộp trực tiếp", "qua hệ thống bưu chính", "trực tuyến"); empty when none. */
export function channelsNamed(text: string): Channel[] {
  const f = foldVietnamese(text).replace(EXCEPTION, '');
  const named: Channel[] = [];
  if (IN_PERSON.test(f)) named.push('in_person');
  if (ONLINE.test(f)) named.push('online');
  if (POSTAL.test(f) && !/\buy quyen cho (don vi|doanh nghiep)( cung cap)? dich vu buu chinh\b/.test(f)) named.push('postal');
  return named;
}
