import type { IntakeOptions, ReceiveDossierBody } from '@motcua/shared';
import { ApiError, isApiError } from '@/lib/api-client';
import { applicantBody, type ApplicantValues } from '@/lib/applicant-values';

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
}

/** The checklist starts with every document of the variant, none ticked yet. */
export function checklistOf(variant: IntakeVariant | undefined): ChecklistRow[] {
  return (variant?.documents ?? []).map((document) => ({
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

/** Required documents without a condition must be on the desk before the dossier is received. */
export function missingRequired(rows: ChecklistRow[]): ChecklistRow[] {
  return rows.filter((row) => row.required && row.condition === null && !row.received);
}

const blankToNull = (value: string | undefined) => (value && value.trim() ? value.trim() : null);

export function toReceiveBody(procedureId: string, receivingUnitId: string | undefined, values: ReceiveFormValues): ReceiveDossierBody {
  return {
    procedureId,
    variantKey: values.variantKey,
    ...(receivingUnitId ? { receivingUnitId } : {}),
    ...(values.agencyUnitId ? { agencyUnitId: values.agencyUnitId } : {}),
    channel: values.channel,
    sets: values.sets,
    onTheSpot: false,
    cases: {},
    requestSummary: blankToNull(values.requestSummary),
    applicant: applicantBody(values.applicant),
    documents: values.documents
      .filter((row) => row.received)
      .map((row) => ({ requirement: row.requirement, name: row.name, originals: row.originals, copies: row.copies, fileId: row.fileId ?? null })),
  };
}

/**
 * The body lists only ticked documents, the form lists them all: `body.documents.1.copies` from the
 * server is moved onto the form row it came from.
 */
export function moveDocumentErrors(error: unknown, rows: ChecklistRow[]): unknown {
  if (!isApiError(error) || !error.errors.some((item) => item.path.startsWith('body.documents.'))) return error;
  const formIndexes = rows.flatMap((row, index) => (row.received ? [index] : []));
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
