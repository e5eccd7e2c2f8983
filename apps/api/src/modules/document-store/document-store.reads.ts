/** What the applicant reads from their store: their own documents only; anyone else's answers 404 like a missing one. */
import type { PersonalDocumentList, PersonalDocumentUse } from '@motcua/shared';
import type { Actor } from '../../platform/auth/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { findStoredFile } from '../../platform/files/files.queries.ts';
import { findOwnDocument, listOwnDocuments } from './document-store.queries.ts';
import { isValid, presentPersonalDocument } from './document-store.presenter.ts';

const LIST_LIMIT = 500;

export async function listMyDocuments(ctx: AppContext, actor: Actor): Promise<PersonalDocumentList> {
  return { items: (await listOwnDocuments(ctx.db, actor.id, LIST_LIMIT)).map(presentPersonalDocument) };
}

async function ownDocument(ctx: AppContext, actor: Actor, id: string) {
  const doc = await findOwnDocument(ctx.db, actor.id, id);
  if (!doc) throw notFound('Không tìm thấy giấy tờ trong kho');
  return doc;
}

export interface StoredDocumentFile {
  bytes: Buffer;
  fileName: string;
  mediaType: string;
}

/** The file itself; a revoked result still downloads (it is the applicant's record), it only stops being reusable. */
export async function myDocumentFile(ctx: AppContext, actor: Actor, id: string): Promise<StoredDocumentFile> {
  const doc = await ownDocument(ctx, actor, id);
  const file = await findStoredFile(ctx.db, doc.file_id);
  if (!file) throw notFound('Không tìm thấy tệp');
  return { bytes: await ctx.files.get(file.sha256), fileName: file.original_name, mediaType: file.media_type };
}

/** The file id to put in a draft's upload slot; the reuse itself is recorded when the dossier is submitted. */
export async function useMyDocument(ctx: AppContext, actor: Actor, id: string): Promise<PersonalDocumentUse> {
  const doc = await ownDocument(ctx, actor, id);
  if (!isValid(doc)) throw new AppError('CONFLICT', { detail: 'Kết quả này đã bị thu hồi hoặc được thay thế, không còn dùng lại được.' });
  return { fileId: doc.file_id, name: doc.name, mediaType: doc.media_type, size: Number(doc.size) };
}
