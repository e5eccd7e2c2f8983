/** The completeness checklist at receipt and the document rows kept with the dossier. */
import { casesOf, missingDocuments, requiredDocuments, type CaseAnswers, type Channel, type ReceivedDocumentInput } from '@motcua/shared';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findFiles, type Executor } from './dossiers.queries.ts';
import type { ProcedureTerms } from './procedure-terms.ts';

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
  ex: Executor, requirements: ProcedureTerms['documents'], received: ReceivedDocumentInput[], path = 'body.documents',
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
  const found = new Set((await findFiles(ex, fileIds)).map((f) => f.id));
  received.forEach((d, i) => {
    if (d.fileId && !found.has(d.fileId)) errors.push({ path: `${path}.${i}.fileId`, message: 'Không tìm thấy tệp bản quét đã tải lên' });
  });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { detail: 'Hồ sơ chưa đầy đủ hoặc có giấy tờ không hợp lệ', errors });
}

/** Only the answers to cases the variant asks about on this channel are kept with the dossier. */
export function answeredCases(requirements: ProcedureTerms['documents'], channel: Channel, answers: CaseAnswers): Record<string, boolean> {
  return Object.fromEntries(casesOf(requirements, channel).map((c) => [c.key, answers[c.key] === true]));
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
