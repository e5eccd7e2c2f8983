import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { findOwnDocument, markUploadRemoved } from '../document-store.queries.ts';

/**
 * The applicant takes an upload out of their store. The file itself stays: dossiers and drafts that were given it
 * keep it (a draft still submits with it), and the reuses already counted keep their document. Results are the
 * agency's official record of the applicant's dossier and stay.
 */
export async function removeDocument(ctx: AppContext, actor: Actor, id: string, requestId: string): Promise<void> {
  await withUnitOfWork(ctx, async (uow) => {
    const doc = await findOwnDocument(uow.trx, actor.id, id);
    if (!doc) throw notFound('Không tìm thấy giấy tờ trong kho');
    if (doc.kind !== 'upload') throw new AppError('CONFLICT', { detail: 'Kết quả giải quyết thủ tục được lưu giữ lâu dài, không xóa khỏi kho được.' });
    const changed = await markUploadRemoved(uow.trx, actor.id, id, uow.now);
    if (Number(changed.numUpdatedRows) === 0) throw notFound('Không tìm thấy giấy tờ trong kho');
    await uow.audit({
      actor: { kind: 'applicant', id: actor.id }, action: 'document_store.removed', entityType: 'personal_document', entityId: id,
      data: { fileId: doc.file_id }, requestId,
    });
  });
}
