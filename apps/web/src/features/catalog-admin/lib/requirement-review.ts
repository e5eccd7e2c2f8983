/**
 * The control officer's corrections to a variant's dossier components (issue 12): each operation returns a new list
 * and marks the lines it changed as set by an officer (`classifiedBy: null`), so a re-import keeps them.
 */
import { defaultCaseQuestion, type DocumentKind, type DocumentRequirement, type ProcedureVariant, type SaveVariantBody } from '@motcua/shared';

export type ReviewLine = Omit<DocumentRequirement, 'position'>;

export interface ReviewCase {
  key: string;
  question: string;
}

const edited = (line: ReviewLine, patch: Partial<ReviewLine>): ReviewLine => ({ ...line, ...patch, classifiedBy: null });

/** The lines of a variant as the review screen edits them (the position is their place in the list). */
export const reviewLinesOf = (variant: ProcedureVariant): ReviewLine[] =>
  [...variant.documents].sort((a, b) => a.position - b.position).map(({ position: _position, ...line }) => ({ ...line }));

/** Moves a line one place up (-1) or down (+1); the first line does not go up, the last does not go down. */
export function moveLine(lines: readonly ReviewLine[], index: number, delta: -1 | 1): ReviewLine[] {
  const target = index + delta;
  if (target < 0 || target >= lines.length) return [...lines];
  const next = [...lines];
  [next[index], next[target]] = [edited(next[target]!, {}), edited(next[index]!, {})];
  return next;
}

/** The cases of the variant, one per key, with the question of its first line. */
export function casesOfLines(lines: readonly ReviewLine[]): ReviewCase[] {
  const cases = new Map<string, ReviewCase>();
  for (const line of lines) {
    if (line.kind === 'conditional' && line.caseKey && !cases.has(line.caseKey)) {
      cases.set(line.caseKey, { key: line.caseKey, question: line.caseQuestion ?? defaultCaseQuestion(line) });
    }
  }
  return [...cases.values()];
}

/** A key not yet used by the variant: truong-hop-1, truong-hop-2, … */
export function freeCaseKey(lines: readonly ReviewLine[]): string {
  const used = new Set(lines.map((l) => l.caseKey));
  let n = 1;
  while (used.has(`truong-hop-${n}`)) n += 1;
  return `truong-hop-${n}`;
}

const nextGroup = (lines: readonly ReviewLine[]) => Math.max(0, ...lines.map((l) => l.alternativeGroup ?? 0)) + 1;

/**
 * Changes a line's kind. A line made conditional gets a case of its own (a new key and the question drawn from its
 * wording); a line made an alternative starts a group of its own; leaving those kinds drops the case or the group.
 */
export function setKind(lines: readonly ReviewLine[], index: number, kind: DocumentKind): ReviewLine[] {
  const line = lines[index]!;
  const caseKey = kind === 'conditional' ? (line.caseKey ?? freeCaseKey(lines)) : null;
  const caseQuestion = kind === 'conditional' ? (line.caseQuestion ?? defaultCaseQuestion(line)) : null;
  const alternativeGroup = kind === 'alternative' ? (line.alternativeGroup ?? nextGroup(lines)) : null;
  return lines.map((l, i) => (i === index ? edited(l, { kind, required: kind === 'required', caseKey, caseQuestion, alternativeGroup }) : l));
}

/**
 * Puts a line under a case (making it conditional). The question is the case's: every line of the variant under the
 * same key gets it, so the applicant is asked once.
 */
export function setCase(lines: readonly ReviewLine[], index: number, key: string, question: string): ReviewLine[] {
  return lines.map((l, i) => {
    if (i === index) return edited(l, { kind: 'conditional', required: false, caseKey: key, caseQuestion: question, alternativeGroup: null });
    if (l.kind === 'conditional' && l.caseKey === key && l.caseQuestion !== question) return edited(l, { caseQuestion: question });
    return l;
  });
}

/** The selected lines become one group of alternatives ("một trong các giấy tờ sau"). */
export function groupAlternatives(lines: readonly ReviewLine[], indexes: readonly number[]): ReviewLine[] {
  if (indexes.length < 2) return [...lines];
  const group = nextGroup(lines.filter((_, i) => !indexes.includes(i)));
  return lines.map((l, i) => (indexes.includes(i) ? edited(l, { kind: 'alternative', required: false, alternativeGroup: group, caseKey: null, caseQuestion: null }) : l));
}

const trimEnd = (text: string) => text.replace(/[\s;,.:]+$/u, '');

/**
 * Two lines become one where the first stands: the names joined ("…; …"), the larger counts of originals and copies,
 * the first line's kind and case.
 */
export function mergeLines(lines: readonly ReviewLine[], first: number, second: number): ReviewLine[] {
  const [a, b] = first < second ? [first, second] : [second, first];
  const top = lines[a]!;
  const other = lines[b]!;
  const merged = edited(top, {
    name: `${trimEnd(top.name)}; ${other.name.trim()}`,
    originals: Math.max(top.originals, other.originals),
    copies: Math.max(top.copies, other.copies),
    formTemplate: top.formTemplate ?? other.formTemplate,
  });
  return lines.flatMap((l, i) => (i === a ? [merged] : i === b ? [] : [l]));
}

/** Splits a line's name at a character: the text before stays, the text from there becomes a new line just after, of the same kind. */
export function splitLine(lines: readonly ReviewLine[], index: number, at: number): ReviewLine[] {
  const line = lines[index]!;
  const head = trimEnd(line.name.slice(0, at).trim());
  const tail = line.name.slice(at).trim();
  if (!head || !tail) return [...lines];
  const first = edited(line, { name: head });
  const second = edited(line, { name: tail.charAt(0).toUpperCase() + tail.slice(1), formTemplate: null });
  return lines.flatMap((l, i) => (i === index ? [first, second] : [l]));
}

/** The line is guidance text (a heading, a "Lưu ý"), not a document to bring. */
export const markNote = (lines: readonly ReviewLine[], index: number): ReviewLine[] => setKind(lines, index, 'note');

/** The variant as it is, with the reviewed lines: the body of the catalog's variant edit (a new version). */
export function variantBodyWith(variant: ProcedureVariant, lines: readonly ReviewLine[], baseVersion: number, changeNote: string | null): SaveVariantBody {
  return {
    key: variant.key,
    baseVersion,
    name: variant.name,
    timeLimit: variant.timeLimit,
    timeLimitNote: variant.timeLimitNote,
    channels: variant.channels,
    fees: variant.fees,
    documents: lines.map((l) => ({ ...l })),
    eForm: variant.eForm,
    changeNote,
  };
}
