import type { IntakeOptions, MissingDocument, ReceiveDossierBody } from '@motcua/shared';
import { ApiError, isApiError } from '@/lib/api-client';
import { applicantBody, type ApplicantValues } from '@/lib/applicant-values';
import { answersFor, missingFor, requirementView, shownPositions, type RequirementView } from '@/lib/requirement-view';

export type IntakeVariant = IntakeOptions['variants'][number];

export interface ChecklistRow {
  received: boolean;
  /** Position in the variant's document list; null for a document the desk added. */
  requirement: number | null;
  name: string;
  originals: number;
  copies: number;
  required: boolean;
  condition: string | null;
  fileId?: string | null | undefined;
  fileName?: string | undefined;
}

export interface ReceiveFormValues {
  variantKey: string;
  agencyUnitId?: string | undefined;
  channel: 'in_person' | 'postal';
  sets: number;
  applicant: ApplicantValues;
  requestSummary?: string;
  documents: ChecklistRow[];
  /** Answers to the variant's cases (case key → applies). */
  cases?: Record<string, boolean>;
}

export type IntakeDocument = IntakeVariant['documents'][number];

/** The checklist starts with every document of the variant (notes are guidance, not rows), none ticked yet. */
export function checklistOf(variant: IntakeVariant | undefined): ChecklistRow[] {
  return (variant?.documents ?? []).filter((document) => document.kind !== 'note').map((document) => ({
    received: false,
    requirement: document.position,
    name: document.name,
    originals: document.originals,
    copies: document.copies,
    required: document.required,
    condition: document.condition,
    fileId: null,
  }));
}

/** The checklist as the officer sees it for this channel and these answers. */
export function checklistView(variant: IntakeVariant | undefined, channel: ReceiveFormValues['channel'], cases: ReceiveFormValues['cases']): RequirementView<IntakeDocument> {
  return requirementView(variant?.documents ?? [], channel, cases ?? {});
}

/** Ticked rows among the documents shown (a row hidden by a case answered "no" is not handed over). */
export function handedOver(rows: ChecklistRow[], variant: IntakeVariant | undefined, channel: ReceiveFormValues['channel'], cases: ReceiveFormValues['cases']): ChecklistRow[] {
  const shown = shownPositions(checklistView(variant, channel, cases));
  return rows.filter((row) => row.received && (row.requirement === null || shown.has(row.requirement)));
}

/**
 * What must still be on the desk before the dossier is received, by the shared rule the server applies: the
 * unconditional documents, those of the cases answered yes, one of each group of alternatives, in their numbers.
 */
export function missingRequired(rows: ChecklistRow[], variant: IntakeVariant | undefined, channel: ReceiveFormValues['channel'], cases: ReceiveFormValues['cases']): MissingDocument[] {
  const received = handedOver(rows, variant, channel, cases).map((row) => ({ requirement: row.requirement, originals: row.originals, copies: row.copies }));
  return missingFor(variant?.documents ?? [], channel, cases ?? {}, received);
}

const blankToNull = (value: string | undefined) => (value && value.trim() ? value.trim() : null);

export function toReceiveBody(procedureId: string, receivingUnitId: string | undefined, values: ReceiveFormValues, variant: IntakeVariant | undefined): ReceiveDossierBody {
  const view = checklistView(variant, values.channel, values.cases);
  return {
    procedureId,
    variantKey: values.variantKey,
    ...(receivingUnitId ? { receivingUnitId } : {}),
    ...(values.agencyUnitId ? { agencyUnitId: values.agencyUnitId } : {}),
    channel: values.channel,
    sets: values.sets,
    onTheSpot: false,
    cases: answersFor(view.cases, values.cases ?? {}),
    requestSummary: blankToNull(values.requestSummary),
    applicant: applicantBody(values.applicant),
    documents: handedOver(values.documents, variant, values.channel, values.cases)
      .map((row) => ({ requirement: row.requirement, name: row.name, originals: row.originals, copies: row.copies, fileId: row.fileId ?? null })),
  };
}

/**
 * The body lists only ticked documents, the form lists them all: `body.documents.1.copies` from the
 * server is moved onto the form row it came from.
 */
export function moveDocumentErrors(error: unknown, rows: ChecklistRow[], sent: ChecklistRow[]): unknown {
  if (!isApiError(error) || !error.errors.some((item) => item.path.startsWith('body.documents.'))) return error;
  const formIndexes = sent.map((row) => rows.indexOf(row));
  return new ApiError({
    status: error.status,
    code: error.code,
    title: error.title,
    detail: error.detail,
    errors: error.errors.map((item) => {
      const match = /^body\.documents\.(\d+)(.*)$/.exec(item.path);
      if (!match) return item;
      const formIndex = formIndexes[Number(match[1])];
      return formIndex === undefined ? item : { ...item, path: `body.documents.${formIndex}${match[2] ?? ''}` };
    }),
  });
}
