import type { StoredFileDto } from '@motcua/shared';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import { safeFileName } from './file-name.ts';
import { insertStoredFile } from './files.queries.ts';
import { checkUploadQuota } from './upload-limits.ts';
import { readFilePart } from './multipart.ts';

export { safeFileName };

/** Checks size and sniffed type, stores the bytes by content hash, and records who uploaded what. */
export async function saveUpload(ctx: AppContext, actor: Actor, input: { bytes: Buffer; originalName: string; requestId: string }): Promise<StoredFileDto> {
  await checkUploadQuota(ctx, actor, input.bytes.length);
  const blob = await ctx.files.put(input.bytes);
  const originalName = safeFileName(input.originalName);
  return withUnitOfWork(ctx, async (uow) => {
    const id = newId();
    await insertStoredFile(uow.trx, {
      id, sha256: blob.sha256, size: blob.size, media_type: blob.mediaType, original_name: originalName,
      uploaded_by_kind: actor.kind, uploaded_by_id: actor.id, created_at: uow.now,
    });
    await uow.audit({ actor: { kind: actor.kind, id: actor.id }, action: 'file.uploaded', entityType: 'stored_file', entityId: id, data: { sha256: blob.sha256, size: blob.size, mediaType: blob.mediaType }, requestId: input.requestId });
    return { id, sha256: blob.sha256, size: blob.size, mediaType: blob.mediaType, originalName, createdAt: uow.now };
  });
}

/** The `file` part of a multipart request, saved as above. */
export async function saveMultipartUpload(ctx: AppContext, actor: Actor, request: FastifyRequest): Promise<StoredFileDto> {
  const file = await readFilePart(request);
  if (!file) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'body.file', message: 'Chưa chọn tệp' }] });
  return saveUpload(ctx, actor, { bytes: file.bytes, originalName: file.part.filename, requestId: request.id });
}
