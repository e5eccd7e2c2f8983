import type { StoredFileDto } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { insertPersonalDocument } from '../document-store.queries.ts';

/**
 * A file the applicant uploaded on the portal enters their store at once, so it can be picked again for another
 * application. Called by the portal's upload endpoint right after the upload is saved (and audited) there.
 */
export async function addUploadToStore(ctx: AppContext, actor: Actor, file: StoredFileDto): Promise<void> {
  if (actor.kind !== 'applicant') return;
  await insertPersonalDocument(ctx.db, {
    id: newId(), account_id: actor.id, kind: 'upload', name: file.originalName, file_id: file.id, media_type: file.mediaType, size: file.size,
    dossier_id: null, e_result_id: null, created_at: file.createdAt, removed_at: null,
  });
}
