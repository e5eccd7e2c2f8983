/**
 * What a variant's dossier components ask of this applicant, laid out for a screen: the desk's checklist and the
 * portal's upload slots. Built on the shared rules (`requiredDocuments`, `missingDocuments`), so the screen asks
 * for exactly what the server checks.
 */
import {
  appliesToChannel, caseKeyOf, casesOf, missingDocuments, requiredDocuments,
  type CaseAnswers, type Channel, type DocumentCase, type MissingDocument, type ReceivedCount, type RequirementLine,
} from '@motcua/shared';

/** How a shown line binds: always, because of a case answered yes, or only if the applicant has it. */
export type LineStatus = 'required' | 'caseRequired' | 'optional';

export type RequirementEntry<L extends RequirementLine> =
  | { type: 'line'; line: L; status: LineStatus; caseQuestion: string | null }
  | { type: 'oneOf'; group: number; lines: L[] }
  | { type: 'note'; line: L };

export interface RequirementView<L extends RequirementLine> {
  /** The yes/no questions asked on this channel. */
  cases: DocumentCase[];
  /** Documents handed in (nộp). */
  submit: RequirementEntry<L>[];
  /** Documents shown for comparison and handed back (xuất trình). */
  present: RequirementEntry<L>[];
}

/**
 * The lines in the variant's order: required ones, conditional ones whose case is answered yes (with the case's
 * question), each group of alternatives once (where its first line stands), optional ones and notes. Lines of
 * other channels and conditional lines whose case does not apply are left out.
 */
export function requirementView<L extends RequirementLine>(lines: readonly L[], channel: Channel, answers: CaseAnswers): RequirementView<L> {
  const set = requiredDocuments(lines, channel, answers);
  const required = new Set(set.required.map((l) => l.position));
  const optional = new Set(set.optional.map((l) => l.position));
  const groupOf = new Map(set.oneOf.flatMap((group) => group.map((l) => [l.position, group] as const)));
  const cases = casesOf(lines, channel);
  const view: RequirementView<L> = { cases, submit: [], present: [] };
  const shownGroups = new Set<L[]>();
  for (const line of lines) {
    const section = view[line.group];
    if (!appliesToChannel(line, channel)) continue;
    if (line.kind === 'note') section.push({ type: 'note', line });
    else if (groupOf.has(line.position)) {
      const group = groupOf.get(line.position)!;
      if (shownGroups.has(group)) continue;
      shownGroups.add(group);
      section.push({ type: 'oneOf', group: line.alternativeGroup ?? 0, lines: group });
    } else if (required.has(line.position)) {
      const caseQuestion = line.kind === 'conditional' ? (cases.find((c) => c.key === caseKeyOf(line))?.question ?? null) : null;
      section.push({ type: 'line', line, status: caseQuestion ? 'caseRequired' : 'required', caseQuestion });
    } else if (optional.has(line.position) && line.kind !== 'conditional') {
      section.push({ type: 'line', line, status: 'optional', caseQuestion: null });
    }
  }
  return view;
}

/** The positions of the documents the view shows (notes are text, not documents). */
export function shownPositions(view: RequirementView<RequirementLine>): Set<number> {
  const positions = new Set<number>();
  for (const entry of [...view.submit, ...view.present]) {
    if (entry.type === 'line') positions.add(entry.line.position);
    if (entry.type === 'oneOf') entry.lines.forEach((l) => positions.add(l.position));
  }
  return positions;
}

/**
 * What is still missing, as the server will say it: at the desk the counts handed over must be met; online
 * (`byFile`) one uploaded file satisfies a line.
 */
export function missingFor(lines: readonly RequirementLine[], channel: Channel, answers: CaseAnswers, received: readonly ReceivedCount[], byFile = false): MissingDocument[] {
  return missingDocuments(requiredDocuments(lines, channel, answers), received, byFile);
}

/** Only the answers to the cases asked on this channel are sent and kept. */
export function answersFor(cases: readonly DocumentCase[], answers: Readonly<Record<string, boolean | undefined>>): Record<string, boolean> {
  return Object.fromEntries(cases.map((c) => [c.key, answers[c.key] === true]));
}
