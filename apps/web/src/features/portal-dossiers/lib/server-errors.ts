import type { FieldError } from '@motcua/shared';
import type { ErrorSchema } from '@rjsf/utils';
import { isApiError } from '@/lib/api-client';

/** The server's field errors of a save or a submission, sorted to where the applicant can fix them. */
export interface SortedErrors {
  /** Applicant block: the field path under `applicant` (e.g. ['citizenId']). */
  applicant: { name: (string | number)[]; message: string }[];
  /** The e-form's errors in rjsf's shape (`extraErrors`). */
  formData: ErrorSchema;
  formDataCount: number;
  /** Upload slots, by requirement position. */
  requirements: Map<number, string[]>;
  agency: string[];
  variant: string[];
  /** Anything else: shown above the form. */
  other: string[];
}

function addTo(schema: ErrorSchema, path: string[], message: string): void {
  let node = schema as Record<string, unknown>;
  for (const segment of path) {
    node[segment] ??= {};
    node = node[segment] as Record<string, unknown>;
  }
  const list = (node.__errors as string[] | undefined) ?? [];
  list.push(message);
  node.__errors = list;
}

/**
 * Paths look like `draft.formData.centre.name`, `draft.requirements.2`, `draft.applicant.citizenId`,
 * `body.documents.1.fileId` (the index of the document in what was sent: `sentDocuments` maps it back to its slot).
 */
export function sortServerErrors(error: unknown, sentDocuments: { requirement: number }[]): SortedErrors {
  const sorted: SortedErrors = { applicant: [], formData: {}, formDataCount: 0, requirements: new Map(), agency: [], variant: [], other: [] };
  const errors: FieldError[] = isApiError(error) ? error.errors : [];
  const toSlot = (position: number, message: string) => sorted.requirements.set(position, [...(sorted.requirements.get(position) ?? []), message]);
  for (const { path, message } of errors) {
    const [, section, ...rest] = path.split('.');
    if (section === 'applicant') sorted.applicant.push({ name: rest.map((s) => (/^\d+$/.test(s) ? Number(s) : s)), message });
    else if (section === 'formData') {
      if (rest.length === 0) sorted.other.push(message);
      else addTo(sorted.formData, rest, message);
      sorted.formDataCount += 1;
    } else if (section === 'requirements' && rest[0] !== undefined) toSlot(Number(rest[0]), message);
    else if (section === 'documents' && rest[0] !== undefined && sentDocuments[Number(rest[0])]) toSlot(sentDocuments[Number(rest[0])]!.requirement, message);
    else if (section === 'agencyUnitId') sorted.agency.push(message);
    else if (section === 'variantKey' || section === 'procedureCode') sorted.variant.push(message);
    else sorted.other.push(message);
  }
  return sorted;
}
