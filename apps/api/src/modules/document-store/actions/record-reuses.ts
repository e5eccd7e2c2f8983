import type { UnitOfWork } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { filesUsedElsewhere, findHeldDocuments, insertReuses } from '../document-store.queries.ts';
import { isValid } from '../document-store.presenter.ts';

export interface ReuseInput {
  accountId: string;
  /** The dossier being registered or supplemented; its documents are already written in this transaction. */
  dossierId: string;
  /** In the order the applicant gave them; `requirement` null for a paper outside the variant's list (a supplement). */
  documents: { requirement: number | null; fileId: string }[];
  /** Field paths of a refusal start here (`draft` for a portal draft, `body` for a supplement). */
  pathPrefix: string;
}

/**
 * Called by the online submission and the online supplement in their own transaction: records one reuse per stored
 * document the dossier was given (Decision 766 indicator 4.3 counts them), once per dossier however often it is
 * given. A result from the store is always a reuse; an upload is one when it was already handed in with another
 * dossier. A revoked result is no longer valid data, so the submission or supplement is refused rather than
 * accepting it. Returns how many documents were reused.
 */
export async function recordDocumentReuses(uow: UnitOfWork, input: ReuseInput): Promise<number> {
  const fileIds = input.documents.map((d) => d.fileId);
  const held = await findHeldDocuments(uow.trx, input.accountId, fileIds);
  if (held.length === 0) return 0;
  const byFile = new Map(held.map((h) => [h.file_id, h]));
  const revoked = input.documents.flatMap((d, i) => {
    const doc = byFile.get(d.fileId);
    return doc && !isValid(doc) ? [{ path: `${input.pathPrefix}.documents.${i}.fileId`, message: 'Kết quả này đã bị thu hồi hoặc được thay thế, không còn dùng lại được' }] : [];
  });
  if (revoked.length > 0) throw new AppError('VALIDATION_FAILED', { detail: 'Hồ sơ có giấy tờ không còn giá trị sử dụng', errors: revoked });
  const usedBefore = await filesUsedElsewhere(uow.trx, held.filter((h) => h.kind === 'upload').map((h) => h.file_id), input.dossierId);
  const seen = new Set<string>();
  const rows = input.documents.flatMap((d) => {
    const doc = byFile.get(d.fileId);
    if (!doc || seen.has(doc.id) || (doc.kind === 'upload' && !usedBefore.has(doc.file_id))) return [];
    seen.add(doc.id);
    return [{ id: newId(), personal_document_id: doc.id, dossier_id: input.dossierId, requirement: d.requirement, reused_at: uow.now }];
  });
  await insertReuses(uow.trx, rows);
  return rows.length;
}
