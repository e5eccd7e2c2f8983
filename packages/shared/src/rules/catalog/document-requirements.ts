/**
 * Which of a variant's dossier components an applicant must bring, given the channel and the answers to the
 * cases (issue 12). Shared by the desk checklist, the portal's upload slots and the server's completeness check,
 * so all three ask for exactly the same papers.
 */
import type { Channel, DocumentGroup, DocumentKind } from './vocabulary.ts';

export interface RequirementLine {
  position: number;
  group: DocumentGroup;
  kind: DocumentKind;
  name: string;
  originals: number;
  copies: number;
  condition: string | null;
  caseKey: string | null;
  caseQuestion: string | null;
  alternativeGroup: number | null;
  channels: readonly Channel[] | null;
}

export interface DocumentCase {
  key: string;
  question: string;
  /** The record's own wording of the case, for the officer. */
  condition: string | null;
}

/** Answers to the cases: key → whether the case applies. An unanswered case does not apply. */
export type CaseAnswers = Readonly<Record<string, boolean>>;

/** What an older record without a case key is asked by: one case per conditional line. */
export const caseKeyOf = (line: Pick<RequirementLine, 'caseKey' | 'position'>): string => line.caseKey ?? `dong-${line.position + 1}`;

/** The question shown when a conditional line names no question of its own. */
export function defaultCaseQuestion(line: Pick<RequirementLine, 'condition' | 'name'>): string {
  const text = (line.condition ?? line.name).replace(/\s+/g, ' ').trim();
  const clause = /^(trường hợp|nếu|đối với)\s+(.*?)(\s+thì\b.*)?$/i.exec(text)?.[2] ?? text;
  const short = clause.length > 160 ? `${clause.slice(0, 157).trimEnd()}…` : clause;
  return `Thuộc trường hợp: ${short.replace(/[.;:,]+$/, '')}?`;
}

export const appliesToChannel = (line: Pick<RequirementLine, 'channels'>, channel: Channel): boolean => !line.channels || line.channels.includes(channel);

/** The cases a variant asks about on a channel, in the order of their first line; one question per case key. */
export function casesOf(lines: readonly RequirementLine[], channel?: Channel): DocumentCase[] {
  const cases = new Map<string, DocumentCase>();
  for (const line of lines) {
    if (line.kind !== 'conditional' || (channel && !appliesToChannel(line, channel))) continue;
    const key = caseKeyOf(line);
    if (!cases.has(key)) cases.set(key, { key, question: line.caseQuestion ?? defaultCaseQuestion(line), condition: line.condition });
  }
  return [...cases.values()];
}

export interface RequiredSet<L extends RequirementLine = RequirementLine> {
  /** Each of these must be brought. */
  required: L[];
  /** Each inner list must be satisfied by one of its lines. */
  oneOf: L[][];
  /** May be brought; not checked. */
  optional: L[];
  /** Guidance text: shown, never a checkbox or an upload slot. */
  notes: L[];
}

/** Splits a variant's lines into what this applicant must bring on this channel with these answers. */
export function requiredDocuments<L extends RequirementLine>(lines: readonly L[], channel: Channel, answers: CaseAnswers): RequiredSet<L> {
  const set: RequiredSet<L> = { required: [], oneOf: [], optional: [], notes: [] };
  const groups = new Map<number, L[]>();
  for (const line of lines) {
    if (line.kind === 'note') set.notes.push(line);
    else if (!appliesToChannel(line, channel)) continue;
    else if (line.kind === 'required') set.required.push(line);
    else if (line.kind === 'conditional') (answers[caseKeyOf(line)] === true ? set.required : set.optional).push(line);
    else if (line.kind === 'alternative' && line.alternativeGroup !== null) {
      groups.set(line.alternativeGroup, [...(groups.get(line.alternativeGroup) ?? []), line]);
    } else set.optional.push(line);
  }
  for (const group of groups.values()) (group.length > 1 ? set.oneOf.push(group) : set.required.push(...group));
  return set;
}

export interface ReceivedCount {
  requirement: number | null;
  originals: number;
  copies: number;
  /** An uploaded scan counts as the document on the online channel. */
  hasFile?: boolean;
}

export interface MissingDocument {
  position: number;
  message: string;
}

function satisfied(line: RequirementLine, received: readonly ReceivedCount[], byFile: boolean): 'ok' | 'missing' | 'short' {
  const got = received.filter((r) => r.requirement === line.position);
  if (got.length === 0) return 'missing';
  if (byFile && got.some((r) => r.hasFile)) return 'ok';
  const originals = got.reduce((n, r) => n + r.originals, 0);
  const all = got.reduce((n, r) => n + r.originals + r.copies, 0);
  return originals < line.originals || all < line.originals + line.copies ? 'short' : 'ok';
}

/**
 * Everything missing, as one list (the applicant is told once, completely: rules.md §2). Online (`byFile`), an
 * uploaded scan satisfies a line whatever the counts; at the desk the counts of originals and copies must be met.
 */
export function missingDocuments(set: RequiredSet, received: readonly ReceivedCount[], byFile = false): MissingDocument[] {
  const missing: MissingDocument[] = [];
  for (const line of set.required) {
    const state = satisfied(line, received, byFile);
    if (state === 'missing') missing.push({ position: line.position, message: `Thiếu giấy tờ: ${line.name}` });
    if (state === 'short') missing.push({ position: line.position, message: `Chưa đủ số lượng: ${line.name} (cần ${line.originals} bản chính, ${line.copies} bản sao)` });
  }
  for (const group of set.oneOf) {
    if (group.some((line) => satisfied(line, received, byFile) === 'ok')) continue;
    missing.push({ position: group[0]!.position, message: `Thiếu một trong các giấy tờ: ${group.map((l) => l.name).join(' hoặc ')}` });
  }
  return missing;
}
