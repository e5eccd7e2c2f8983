import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { isUniqueViolation } from '../../../platform/errors.ts';
import { findStoredFile, insertStoredFile } from '../../../platform/files/files.queries.ts';
import { newId } from '../../../platform/ids.ts';
import type { DossierEvent } from '../../dossiers/index.ts';
import { findDocumentOfEResult, findDossierOwner, findEResultOfAction, insertPersonalDocument } from '../document-store.queries.ts';

/** Thrown while the documents module has not issued and rendered the e-result yet: the job retries with back-off. */
export class EResultNotReady extends Error {
  constructor(dossierId: string, seq: number) {
    super(`e-result of dossier ${dossierId} action ${seq} not issued yet`);
  }
}

/**
 * An electronic result issued for an online applicant's dossier enters their store (Decree 118 Art. 22: a valid
 * result may be reused for the same person's other procedures). The documents module issues the e-result from the
 * same event in its own job, possibly after this one runs: until it exists this job fails and is retried. Idempotent
 * by the e-result (a unique key), so a retry or a second delivery adds nothing.
 *
 * The store holds the result through a stored_files row of its own, owned by the account, over the same bytes
 * (storage is by content hash, nothing is copied): drafts accept only the account's own files, so the result can
 * fill an upload slot exactly like an upload, and the official record of the documents module stays untouched.
 */
export async function keepIssuedResult(ctx: AppContext, event: Pick<DossierEvent, 'dossierId' | 'action' | 'seq'>): Promise<void> {
  if (event.action !== 'issue_result') return;
  const dossier = await findDossierOwner(ctx.db, event.dossierId);
  const accountId = dossier?.applicant_account_id;
  if (!accountId) return;
  const result = await findEResultOfAction(ctx.db, event.dossierId, event.seq);
  if (!result?.file_id) throw new EResultNotReady(event.dossierId, event.seq);
  if (await findDocumentOfEResult(ctx.db, result.e_result_id)) return;
  const file = await findStoredFile(ctx.db, result.file_id);
  if (!file) throw new EResultNotReady(event.dossierId, event.seq);
  try {
    await withUnitOfWork(ctx, async (uow) => {
      const fileId = newId();
      await insertStoredFile(uow.trx, {
        id: fileId, sha256: file.sha256, size: file.size, media_type: file.media_type, original_name: `${result.result_code}.pdf`,
        uploaded_by_kind: 'applicant', uploaded_by_id: accountId, created_at: uow.now,
      });
      const id = newId();
      await insertPersonalDocument(uow.trx, {
        id, account_id: accountId, kind: 'result', name: result.title, file_id: fileId, media_type: file.media_type, size: file.size,
        dossier_id: event.dossierId, e_result_id: result.e_result_id, created_at: uow.now, removed_at: null,
      });
      await uow.audit({
        actor: { kind: 'system', id: null }, action: 'document_store.result_kept', entityType: 'personal_document', entityId: id,
        data: { dossierId: event.dossierId, resultCode: result.result_code, fileId },
      });
    });
  } catch (error) {
    // Two deliveries of the same event at once: the first one kept it.
    if (!isUniqueViolation(error)) throw error;
  }
}
