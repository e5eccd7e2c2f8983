/** The completeness checklist at receipt and the document rows kept with the dossier. */
import { casesOf, missingDocuments, requiredDocuments, type AppliedCase, type CaseAnswers, type Channel, type ReceivedDocumentInput, type RequirementLine } from '@motcua/shared';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import type { DossierRow, Executor } from './dossiers.queries.ts';
import { listDossierRequirements } from './catalog-units.queries.ts';
import { findFiles, findOfficerUploads } from './dossier-documents.queries.ts';
import { requirementLineOf, type ProcedureTerms } from './procedure-terms.ts';

/**
 * Who cites stored files in a request: an officer (by id) may cite only files they uploaded themselves, so a scan of
 * another unit or an applicant's upload cannot be attached (and then downloaded through the dossier); `system` is an
 * action done on someone's behalf whose files the caller has already checked (an applicant's online supplement).
 */
export type FileCiter = { officerId: string } | 'system';

/** A file that does not exist and one the citer may not read are refused alike: the answer tells nothing about it. */
export const FILE_NOT_CITABLE = 'Không tìm thấy tệp bản quét đã tải lên';

export async function citableFiles(ex: Executor, citedBy: FileCiter, ids: string[]): Promise<Set<string>> {
  const rows = citedBy === 'system' ? await findFiles(ex, ids) : await findOfficerUploads(ex, ids, citedBy.officerId);
  return new Set(rows.map((f) => f.id));
}

/** What a receipt knows when it checks completeness: the channel and the answers to the cases. */
export interface CompletenessContext {
  channel: Channel;
  cases: CaseAnswers;
}

/**
 * Every document this applicant must bring on this channel — the unconditional ones, those of the cases that
 * apply, one of each group of alternatives — must be there, in the numbers the procedure asks for; what is
 * missing comes back as one list (the applicant is told once, completely). Scans must be stored files.
 * A supplement (`complete: false`) brings only part of the list, but what it names must be on the list.
 */
export async function checkDocuments(
  ex: Executor, citedBy: FileCiter, requirements: ProcedureTerms['documents'], received: ReceivedDocumentInput[], path = 'body.documents',
  opts: { complete?: boolean; context?: CompletenessContext } = {},
): Promise<void> {
  const errors: { path: string; message: string }[] = [];
  if (opts.complete !== false) {
    const context = opts.context ?? { channel: 'in_person', cases: {} };
    const set = requiredDocuments(requirements, context.channel, context.cases);
    for (const m of missingDocuments(set, received)) errors.push({ path, message: m.message });
  }
  received.forEach((d, i) => {
    const line = requirements.find((r) => r.position === d.requirement);
    if (d.requirement !== null && (!line || line.kind === 'note')) errors.push({ path: `${path}.${i}.requirement`, message: 'Không có giấy tờ này trong thành phần hồ sơ' });
    if (d.originals + d.copies === 0 && !d.fileId) errors.push({ path: `${path}.${i}`, message: 'Giấy tờ phải có ít nhất một bản hoặc bản quét' });
  });
  const fileIds = received.flatMap((d) => (d.fileId ? [d.fileId] : []));
  const found = await citableFiles(ex, citedBy, fileIds);
  received.forEach((d, i) => {
    if (d.fileId && !found.has(d.fileId)) errors.push({ path: `${path}.${i}.fileId`, message: FILE_NOT_CITABLE });
  });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { detail: 'Hồ sơ chưa đầy đủ hoặc có giấy tờ không hợp lệ', errors });
}

/** Only the answers to cases the variant asks about on this channel are kept with the dossier. */
export function answeredCases(requirements: ProcedureTerms['documents'], channel: Channel, answers: CaseAnswers): Record<string, boolean> {
  return Object.fromEntries(casesOf(requirements, channel).map((c) => [c.key, answers[c.key] === true]));
}

/**
 * The answers a dossier was received with, by the question the variant asks (Trường hợp áp dụng), in the order of
 * the variant's lines; a key the variant no longer names keeps its key as the question.
 */
export function appliedCasesOf(stored: string | null, requirements: readonly RequirementLine[]): AppliedCase[] {
  const answers = stored ? (JSON.parse(stored) as Record<string, boolean>) : {};
  const cases = casesOf(requirements);
  const known = cases.filter((c) => c.key in answers).map((c) => ({ key: c.key, question: c.question, applies: answers[c.key] === true }));
  const unknown = Object.keys(answers).filter((key) => !cases.some((c) => c.key === key)).map((key) => ({ key, question: key, applies: answers[key] === true }));
  return [...known, ...unknown];
}

/** A dossier's answers to its variant's cases, by question (for its page and its receipt, Form 01). */
export async function dossierAppliedCases(ex: Executor, dossier: Pick<DossierRow, 'procedure_version_id' | 'variant_key' | 'applied_cases'>): Promise<AppliedCase[]> {
  if (!dossier.applied_cases) return [];
  return appliedCasesOf(dossier.applied_cases, (await listDossierRequirements(ex, dossier)).map(requirementLineOf));
}

export function documentRows(
  dossierId: string, actionSeq: number, source: 'checklist' | 'supplement', received: ReceivedDocumentInput[], requirements: ProcedureTerms['documents'], now: string,
): DB['dossier_documents'][] {
  return received.map((d, i) => ({
    id: newId(), dossier_id: dossierId, position: d.requirement ?? 1000 + i, name: d.name, source,
    required: requirements.find((r) => r.position === d.requirement)?.required ? 1 : 0,
    originals: d.originals, copies: d.copies, file_id: d.fileId ?? null, action_seq: actionSeq, created_at: now,
  }));
}
