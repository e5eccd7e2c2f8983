/** A dossier's documents (checklist, supplements, scans) and the stored files they cite. */
import type { DB } from '../../db/schema.ts';
import type { Executor } from './dossiers.queries.ts';

export const insertDocuments = (ex: Executor, rows: DB['dossier_documents'][]) =>
  rows.length === 0 ? Promise.resolve() : ex.insertInto('dossier_documents').values(rows).execute().then(() => undefined);

export const listDocuments = (ex: Executor, dossierId: string) =>
  ex
    .selectFrom('dossier_documents')
    .leftJoin('stored_files', 'stored_files.id', 'dossier_documents.file_id')
    .selectAll('dossier_documents')
    .select(['stored_files.original_name', 'stored_files.media_type', 'stored_files.size'])
    .where('dossier_id', '=', dossierId)
    .orderBy('dossier_documents.action_seq')
    .orderBy('dossier_documents.position')
    .execute();

/** The stored scan of one of the dossier's documents. */
export const findDocumentFile = (ex: Executor, dossierId: string, documentId: string) =>
  ex
    .selectFrom('dossier_documents')
    .innerJoin('stored_files', 'stored_files.id', 'dossier_documents.file_id')
    .select(['stored_files.sha256', 'stored_files.media_type', 'stored_files.original_name', 'stored_files.size'])
    .where('dossier_documents.dossier_id', '=', dossierId)
    .where('dossier_documents.id', '=', documentId)
    .executeTakeFirst();

/** Stored files among `ids` that this officer uploaded: an officer cites only their own uploads. */
export const findOfficerUploads = (ex: Executor, ids: string[], officerId: string) =>
  ids.length === 0
    ? Promise.resolve([])
    : ex.selectFrom('stored_files').select(['id']).where('id', 'in', [...new Set(ids)]).where('uploaded_by_kind', '=', 'officer').where('uploaded_by_id', '=', officerId).execute();

/** Stored files among `ids` (for the system, acting on files its caller has already checked). */
export const findFiles = (ex: Executor, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : ex.selectFrom('stored_files').select(['id']).where('id', 'in', [...new Set(ids)]).execute();
