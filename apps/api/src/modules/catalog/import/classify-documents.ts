import { foldVietnamese, type Channel, type DocumentGroup, type DocumentKind, type FormTemplate } from '@motcua/shared';
import { normaliseDocument, type DocumentRecord } from '../procedure-record.ts';
import { caseOf, channelsNamed, eitherCase, firstSentence, forWhom, leadingCase, trailingCase } from './document-cases.ts';

/**
 * Classifies each line of a record's dossier components (issue 12): a note, a required, conditional (with its
 * case), alternative or optional document, for all channels or some. The rules below are tried in order and
 * the first that matches decides; each names what it matches, what it decides and how sure it is. A line
 * decided by a low-confidence rule is reported for the control officer to check.
 */

/** One row of a document table as read, before it is classified. */
export interface DocumentRow {
  group: DocumentGroup;
  name: string;
  originals: number;
  copies: number;
  formTemplate: FormTemplate | null;
}

export interface LineFacts {
  /** The name without its list marker ("- ", "+ ", "a) ", "(i) "). */
  text: string;
  folded: string;
  /** The first sentence: what the line asks for; later sentences explain it. */
  first: string;
  firstFolded: string;
  originals: number;
  copies: number;
  /** The case of the section the line stands in ("Trường hợp …" heading of a table), if any. */
  sectionCase: string | null;
  /** The line stands under a "Lưu ý" heading. */
  inNotes: boolean;
}

export interface Decision {
  kind: DocumentKind;
  condition?: string;
  channels?: Channel[];
}

export interface ClassificationRule {
  id: string;
  matches: string;
  decides: string;
  confidence: 'high' | 'low';
  test(line: LineFacts): Decision | null;
}

const LIST_MARKER = /^(\s*([-+•*–]|\(?[0-9]{1,2}(\.[0-9]{1,2})*[).]|\(?[a-zđ][).]|\([ivx]{1,4}\)|[ivx]{1,4}\.)\s*)+/iu;
const HEADING_START = /^(doi voi|truong hop|trong truong hop|neu|ho so|thanh phan|cac (giay to|tai lieu|van ban)|nhom|giay to phai|bao gom|gom)\b/;
const NOT_REQUIRED = /\b(khong (phai|can|bat buoc|yeu cau) (nop|xuat trinh|tai len|cung cap|gui|co)|duoc mien (nop|xuat trinh)|mien nop)\b/;
const OFFICER = /^(co quan|nguoi tiep nhan|can bo|cong chuc|bo phan (tiep nhan|mot cua)|uy ban nhan dan|so |phong |trung tam phuc vu)\b.*\b(co trach nhiem|kiem tra|doi chieu|tu choi|tra cuu|khai thac|yeu cau nguoi|khong duoc yeu cau|huy bo)\b/;
const EXPLANATION = /^(trong do|nguoi\b.*\bchiu trach nhiem truoc phap luat|(nguoi (co )?yeu cau|nguoi di dang ky)\b[^.]{0,60}\b(co the|duoc)\b|ca nhan co quyen|viec |ho so (duoc|phai|lap)|cac giay to\b.*\bphai|ban chup\b.*\bphai|giay to do co quan co tham quyen (cua )?nuoc ngoai|so luong ho so|thoi han|chu y)\b/;
const CHANNEL_CASE = /^(trong )?truong hop (nguoi yeu cau |to chuc |ca nhan )?(nop|gui|thuc hien|lua chon)( ho so)?( theo hinh thuc| qua)? (truc tuyen|truc tiep|he thong buu chinh|dich vu buu chinh|buu chinh)/;
const FALLBACK = /^(trong )?(truong hop|neu) (khong co|khong the|khong duoc|chua co)\b/;

const isChannelClause = (clause: string | null) => clause === null || channelsNamed(clause).length > 0;
/** The channels the line's first sentence names, or its closing parenthesis ("… (nếu … nộp hồ sơ theo hình thức trực tiếp);"). */
function lineChannels(l: LineFacts): Channel[] {
  const named = channelsNamed(l.first);
  if (named.length > 0) return named;
  const closing = /\(([^()]*)\)[;.\s]*$/u.exec(l.text)?.[1];
  return closing && /^(nếu|trường hợp|đối với|áp dụng)/iu.test(closing.trim()) ? channelsNamed(closing) : [];
}

/** The table of rules, in the order they are tried. */
export const classificationRules: readonly ClassificationRule[] = [
  { id: 'note-no-quantity', matches: '0 bản chính và 0 bản sao', decides: 'note', confidence: 'high', test: (l) => (l.originals + l.copies === 0 ? { kind: 'note' } : null) },
  { id: 'note-notes-section', matches: 'a line under a "Lưu ý" heading', decides: 'note', confidence: 'high', test: (l) => (l.inNotes ? { kind: 'note' } : null) },
  { id: 'note-remark', matches: '"Lưu ý", "Ghi chú", "Chú ý" at the start', decides: 'note', confidence: 'high', test: (l) => (/^(luu y|ghi chu|chu y)\b/.test(l.folded) ? { kind: 'note' } : null) },
  {
    id: 'note-heading', matches: 'a heading ending with ":" ("Đối với …:", "Hồ sơ gồm:", "Nhóm 1 gồm …:")', decides: 'note', confidence: 'high',
    test: (l) => (/:\s*$/.test(l.text) && (HEADING_START.test(l.folded) || l.text.length < 60) ? { kind: 'note' } : null),
  },
  {
    id: 'note-not-required', matches: '"Trường hợp … thì không phải nộp / xuất trình / tải lên", "miễn nộp"', decides: 'note', confidence: 'high',
    test: (l) => (NOT_REQUIRED.test(l.firstFolded) && /^(\(?trong truong hop|\(?truong hop|\(?neu|\(?doi voi|\(?mien)\b/.test(l.firstFolded) ? { kind: 'note' } : null),
  },
  { id: 'note-officer-duty', matches: 'what the agency or the receiving officer does ("cơ quan … có trách nhiệm …")', decides: 'note', confidence: 'high', test: (l) => (OFFICER.test(l.firstFolded) ? { kind: 'note' } : null) },
  { id: 'note-explanation', matches: 'an explanation of how papers are given ("Người yêu cầu có thể nộp…", "Việc …")', decides: 'note', confidence: 'low', test: (l) => (EXPLANATION.test(l.firstFolded) ? { kind: 'note' } : null) },
  {
    id: 'note-channel-case', matches: '"Trường hợp nộp hồ sơ trực tuyến / trực tiếp / qua bưu chính thì …" (how to submit on that channel)', decides: 'note for those channels', confidence: 'low',
    test: (l) => (CHANNEL_CASE.test(l.firstFolded) ? { kind: 'note', channels: channelsNamed(l.first) } : null),
  },
  { id: 'alternative-or', matches: 'a line starting "Hoặc"', decides: 'alternative to the line before', confidence: 'high', test: (l) => (/^hoac\b/.test(l.folded) ? { kind: 'alternative' } : null) },
  {
    id: 'optional-if-any', matches: '"(nếu có)"', decides: 'optional', confidence: 'high',
    // Only where it qualifies the document itself: near the start of the line or closing it. A "(nếu có)" deep inside
    // a long list ("Một trong những giấy tờ … bao gồm: … (nếu có) …") qualifies one item of the list, not the line.
    test: (l) => (/\(\s*nếu có\s*\)/iu.test(l.first.slice(0, 160)) || /\(\s*nếu có\s*\)[\s;.,]*$/iu.test(l.text) || /\bneu co$/.test(l.firstFolded) ? { kind: 'optional', condition: 'Nếu có' } : null),
  },
  {
    id: 'channel-paper-form', matches: 'a form for in-person or postal submission ("nếu … nộp hồ sơ theo hình thức trực tiếp hoặc gửi qua bưu chính")', decides: 'required on those channels', confidence: 'high',
    test: (l) => {
      const named = lineChannels(l);
      return named.length > 0 && !named.includes('online') && isChannelClause(trailingCase(l.first)) ? { kind: 'required', channels: named } : null;
    },
  },
  {
    id: 'channel-online-form', matches: 'the interactive e-form or an upload online ("điện tử tương tác", "nộp hồ sơ theo hình thức trực tuyến")', decides: 'required online', confidence: 'high',
    test: (l) => {
      const named = lineChannels(l);
      return named.length > 0 && named.includes('online') && isChannelClause(trailingCase(l.first)) ? { kind: 'required', channels: named } : null;
    },
  },
  {
    id: 'required-with-fallback', matches: 'a document followed by what to give when it is missing ("…; trường hợp không có … thì nộp …")', decides: 'required (one line)', confidence: 'high',
    test: (l) => (FALLBACK.test(foldVietnamese(l.first.split(/[;.]\s+(?=(trong )?(trường hợp|nếu)\s)/iu).slice(-1)[0] ?? '')) && /[;.]\s+(trong )?(trường hợp|nếu)\s/iu.test(l.first) ? { kind: 'required' } : null),
  },
  {
    id: 'conditional-leading-case', matches: '"Trường hợp X thì …", "Nếu X …", "Đối với X: …" at the start', decides: 'conditional on X', confidence: 'high',
    test: (l) => {
      const clause = leadingCase(l.first.replace(/^\(/, ''));
      return clause ? { kind: 'conditional', condition: clause } : null;
    },
  },
  {
    id: 'required-either-case', matches: 'one document or another, each for its case ("A đối với trường hợp X; hoặc B đối với trường hợp Y")', decides: 'required (one line)', confidence: 'low',
    test: (l) => (trailingCase(l.first) && eitherCase(l.first) ? { kind: 'required' } : null),
  },
  {
    id: 'conditional-trailing-case', matches: '"… trong trường hợp X", "… (trường hợp X)", "… đối với trường hợp X", "…, nếu X"', decides: 'conditional on X', confidence: 'high',
    test: (l) => {
      const clause = trailingCase(l.first);
      return clause ? { kind: 'conditional', condition: clause } : null;
    },
  },
  {
    id: 'conditional-section-case', matches: 'a document in a table headed by a case ("Trường hợp …", "Đối với …")', decides: 'conditional on the heading', confidence: 'high',
    test: (l) => (l.sectionCase ? { kind: 'conditional', condition: l.sectionCase } : null),
  },
  {
    id: 'required-one-of', matches: '"Một trong các giấy tờ sau …" (one requirement listing what may serve)', decides: 'required (one line)', confidence: 'high',
    test: (l) => (/^mot trong (cac|nhung|so|hai)\b/.test(l.folded) ? { kind: 'required' } : null),
  },
  {
    id: 'conditional-for-whom', matches: 'a document "đối với" an organisation, a person, a vehicle… at the end of its sentence', decides: 'conditional on it', confidence: 'low',
    test: (l) => {
      const clause = forWhom(l.first);
      return clause ? { kind: 'conditional', condition: clause } : null;
    },
  },
  {
    id: 'required-case-later', matches: 'a document whose later sentences mention a case ("Trường hợp …", "nếu …")', decides: 'required', confidence: 'low',
    test: (l) => (/\b(truong hop|neu)\b/.test(l.folded) ? { kind: 'required' } : null),
  },
  { id: 'required', matches: 'any other document with a quantity', decides: 'required', confidence: 'high', test: () => ({ kind: 'required' }) },
];

export function lineFacts(row: DocumentRow, section: { sectionCase: string | null; inNotes: boolean }): LineFacts {
  const text = row.name.replace(LIST_MARKER, '').trim() || row.name;
  const first = firstSentence(text);
  return { text, folded: foldVietnamese(text), first, firstFolded: foldVietnamese(first), originals: row.originals, copies: row.copies, ...section };
}

export interface ClassifiedLine {
  rule: ClassificationRule;
  decision: Decision;
}

export function classifyLine(line: LineFacts): ClassifiedLine {
  for (const rule of classificationRules) {
    const decision = rule.test(line);
    if (decision) return { rule, decision };
  }
  throw new Error('the last rule always matches');
}

/** A table of a variant: its heading and rows; a variant's own heading (its name) is not a case of its lines. */
export interface SectionInput {
  heading: string | null;
  rows: DocumentRow[];
  headingIsVariantName?: boolean;
}

/** How one line was classified, for the import report. */
export interface LineReport {
  position: number;
  rule: string;
  confidence: 'high' | 'low';
  kind: DocumentKind;
  name: string;
}

const GENERIC_HEADING = /^(giay to phai (nop|xuat trinh)|thanh phan( ho so)?|ho so (gom|bao gom|de nghi gom)|so luong ho so|ho so)$|^(thanh phan ho so|ho so) (gom|bao gom)\b/;
const NOTES_HEADING = /^(luu y|ghi chu|chu y)\b/;
const CASE_HEADING = /\b(truong hop|doi voi|neu)\b/;

const headingRule: ClassificationRule = {
  id: 'note-section-heading', matches: 'the heading of a table that names no case ("Hồ sơ của người nhận con nuôi")', decides: 'note', confidence: 'high', test: () => ({ kind: 'note' }),
};

function sectionContext(section: SectionInput): { sectionCase: string | null; inNotes: boolean; headingNote: string | null } {
  const heading = section.headingIsVariantName ? null : section.heading?.replace(LIST_MARKER, '').trim() || null;
  const folded = heading ? foldVietnamese(heading) : '';
  if (!heading || GENERIC_HEADING.test(folded)) return { sectionCase: null, inNotes: false, headingNote: null };
  if (NOTES_HEADING.test(folded)) return { sectionCase: null, inNotes: true, headingNote: null };
  if (CASE_HEADING.test(folded)) return { sectionCase: leadingCase(heading) ?? trailingCase(heading) ?? heading, inNotes: false, headingNote: null };
  return { sectionCase: null, inNotes: false, headingNote: heading };
}

function recordOf(row: DocumentRow, decision: Decision, rule: ClassificationRule, alternativeGroup: number | null): DocumentRecord {
  const kase = decision.kind === 'conditional' && decision.condition ? caseOf(decision.condition) : null;
  const channels = decision.channels ?? (decision.kind === 'note' ? channelsNamed(firstSentence(row.name)) : []);
  return normaliseDocument({
    group: row.group, name: row.name, originals: row.originals, copies: row.copies, kind: decision.kind, required: decision.kind === 'required',
    condition: kase?.condition ?? decision.condition ?? null, caseKey: kase?.key ?? null, caseQuestion: kase?.question ?? null,
    alternativeGroup, channels: channels.length > 0 ? channels : null, classifiedBy: rule.id, formTemplate: row.formTemplate,
  });
}

/**
 * Classifies the lines of one variant, table by table. A line starting "Hoặc" joins the line before it as an
 * alternative (both take the same group number); a plain table heading is kept as a note line.
 */
export function classifyVariant(sections: readonly SectionInput[]): { documents: DocumentRecord[]; lines: LineReport[] } {
  const documents: DocumentRecord[] = [];
  const lines: LineReport[] = [];
  let groups = 0;
  const push = (doc: DocumentRecord, rule: ClassificationRule, confidence = rule.confidence) => {
    lines.push({ position: documents.length, rule: rule.id, confidence, kind: doc.kind, name: doc.name });
    documents.push(doc);
  };
  for (const section of sections) {
    const context = sectionContext(section);
    if (context.headingNote && section.rows.length > 0) {
      push(recordOf({ group: section.rows[0]!.group, name: context.headingNote, originals: 0, copies: 0, formTemplate: null }, { kind: 'note' }, headingRule, null), headingRule);
    }
    for (const row of section.rows) {
      const { rule, decision } = classifyLine(lineFacts(row, context));
      if (decision.kind !== 'alternative') {
        push(recordOf(row, decision, rule, null), rule);
        continue;
      }
      const previous = documents.at(-1);
      if (previous?.kind === 'conditional' && previous.group === row.group) {
        // The model has no alternatives within a case: the line is asked with the same case, for the officer to check.
        push(normaliseDocument({ ...recordOf(row, { kind: 'required' }, rule, null), kind: 'conditional', condition: previous.condition, caseKey: previous.caseKey, caseQuestion: previous.caseQuestion }), rule, 'low');
        continue;
      }
      if (!previous || (previous.kind !== 'required' && previous.kind !== 'alternative') || previous.group !== row.group) {
        push(recordOf(row, { kind: 'required' }, rule, null), rule, 'low');
        continue;
      }
      if (previous.kind === 'required') {
        groups += 1;
        documents[documents.length - 1] = normaliseDocument({ ...previous, kind: 'alternative', alternativeGroup: groups });
        lines[lines.length - 1]!.kind = 'alternative';
      }
      push(recordOf(row, decision, rule, previous.alternativeGroup ?? groups), rule);
    }
  }
  return { documents, lines };
}
