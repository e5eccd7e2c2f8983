/**
 * The checks of an online application that the applicant can fix, all run together so everything wrong comes
 * back at once (rules.md §2.1: tell the applicant once, completely): the applicant (validated like at the desk),
 * the e-form answers against the variant's JSON Schema, and one uploaded file per document requirement.
 */
import { applicantInput, missingDocuments, requiredDocuments, type ApplicantInput, type CaseAnswers, type FieldError } from '@motcua/shared';
import type { Executor } from '../dossiers.queries.ts';
import { checkEFormData } from '../e-form-data.ts';
import { findOwnedFiles } from './online.queries.ts';
import type { ProcedureTerms } from '../procedure-terms.ts';

/** Whose uploads a submission may use: the applicant's own, or those a sending system pushed with it. */
export interface FileOwner {
  kind: 'applicant' | 'system';
  id: string;
}

export interface OnlineDocument {
  requirement: number;
  fileId: string;
}

const FORM_DATA_MAX_CHARS = 256 * 1024;

/** Whether a catalog version's online level takes online applications (full or partial online public service). */
export const isOfferedOnline = (onlineLevel: string): boolean => onlineLevel === 'full' || onlineLevel === 'partial';

export function checkApplicant(applicant: unknown, prefix: string): { applicant?: ApplicantInput; errors: FieldError[] } {
  const parsed = applicantInput.safeParse(applicant ?? {});
  if (parsed.success) return { applicant: parsed.data, errors: [] };
  return { errors: parsed.error.issues.map((i) => ({ path: [`${prefix}.applicant`, ...i.path.map(String)].join('.'), message: i.message })) };
}

export function checkFormData(variantId: string, eForm: string | null, formData: Record<string, unknown>, prefix: string): FieldError[] {
  if (JSON.stringify(formData).length > FORM_DATA_MAX_CHARS) return [{ path: `${prefix}.formData`, message: 'Dữ liệu tờ khai quá lớn' }];
  return checkEFormData(variantId, eForm, formData, `${prefix}.formData`);
}

/**
 * Every document the applicant must bring online (the unconditional ones, those of the cases answered yes, one of
 * each group of alternatives) has its file; each file is one the owner uploaded (or one arriving with the
 * submission, `incoming`) and answers a line of the variant, one file per line. What is missing is named per
 * requirement slot (`<prefix>.requirements.<position>`).
 */
export async function checkOnlineDocuments(
  ex: Executor, requirements: ProcedureTerms['documents'], documents: OnlineDocument[], owner: FileOwner, prefix: string, incoming: readonly string[] = [],
  cases: CaseAnswers = {},
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const arriving = new Set(incoming);
  const stored = documents.map((d) => d.fileId).filter((id) => !arriving.has(id));
  const owned = new Set([...arriving, ...(await findOwnedFiles(ex, stored, owner.kind, owner.id)).map((f) => f.id)]);
  const seen = new Set<number>();
  documents.forEach((d, i) => {
    const line = requirements.find((r) => r.position === d.requirement);
    if (!line || line.kind === 'note') errors.push({ path: `${prefix}.documents.${i}.requirement`, message: 'Không có giấy tờ này trong thành phần hồ sơ' });
    else if (seen.has(d.requirement)) errors.push({ path: `${prefix}.documents.${i}.requirement`, message: 'Mỗi thành phần hồ sơ chỉ nộp một tệp' });
    seen.add(d.requirement);
    if (!owned.has(d.fileId)) errors.push({ path: `${prefix}.documents.${i}.fileId`, message: 'Không tìm thấy tệp đã tải lên' });
  });
  const set = requiredDocuments(requirements, 'online', cases);
  const uploaded = documents.map((d) => ({ requirement: d.requirement, originals: 0, copies: 0, hasFile: true }));
  for (const m of missingDocuments(set, uploaded, true)) errors.push({ path: `${prefix}.requirements.${m.position}`, message: m.message });
  return errors;
}
