/**
 * All SQL of the document-store module. It owns personal_documents and document_reuses, and reads (never writes)
 * the dossiers, dossier documents and electronic results of other modules. Its holding rows in stored_files go
 * through platform/files/files.queries.ts.
 */
import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type PersonalDocumentRow = DB['personal_documents'];

// ---------------------------------------------------------------- the store

export const insertPersonalDocument = (ex: Executor, row: PersonalDocumentRow) => ex.insertInto('personal_documents').values(row).execute();

/** The store as the applicant sees it: each document with its result's state and how often it was reused. */
function documentView(ex: Executor) {
  return ex
    .selectFrom('personal_documents as pd')
    .leftJoin('e_results as e', 'e.id', 'pd.e_result_id')
    .leftJoin('dossiers as d', 'd.id', 'pd.dossier_id')
    .select([
      'pd.id', 'pd.account_id', 'pd.kind', 'pd.name', 'pd.file_id', 'pd.media_type', 'pd.size', 'pd.dossier_id', 'pd.e_result_id', 'pd.created_at',
      'e.result_code', 'e.status as result_status', 'e.revoked_at', 'd.code as dossier_code',
      (eb) => eb.selectFrom('document_reuses as r').select((r) => r.fn.countAll<number>().as('n')).whereRef('r.personal_document_id', '=', 'pd.id').as('times_reused'),
      (eb) => eb.selectFrom('document_reuses as r').select((r) => r.fn.max('r.reused_at').as('m')).whereRef('r.personal_document_id', '=', 'pd.id').as('last_reused_at'),
    ])
    .where('pd.removed_at', 'is', null);
}

export type DocumentViewRow = NonNullable<Awaited<ReturnType<typeof findOwnDocument>>>;

/** Newest first. A person's store stays small (a few documents per application); the cap keeps one answer bounded. */
export const listOwnDocuments = (ex: Executor, accountId: string, limit: number) =>
  documentView(ex).where('pd.account_id', '=', accountId).orderBy('pd.created_at', 'desc').orderBy('pd.id', 'desc').limit(limit).execute();

/** Another account's document, or one taken out of the store, is not found. */
export const findOwnDocument = (ex: Executor, accountId: string, id: string) =>
  documentView(ex).where('pd.account_id', '=', accountId).where('pd.id', '=', id).executeTakeFirst();

export const markUploadRemoved = (ex: Executor, accountId: string, id: string, now: string) =>
  ex.updateTable('personal_documents').set({ removed_at: now })
    .where('account_id', '=', accountId).where('id', '=', id).where('kind', '=', 'upload').where('removed_at', 'is', null)
    .executeTakeFirst();

export const findDocumentOfEResult = (ex: Executor, eResultId: string) =>
  ex.selectFrom('personal_documents').select(['id']).where('e_result_id', '=', eResultId).executeTakeFirst();

/** The account's store entries (removed ones too: a reuse is a fact about the data) for these files. */
export const findHeldDocuments = (ex: Executor, accountId: string, fileIds: string[]) =>
  fileIds.length === 0
    ? Promise.resolve([])
    : ex
      .selectFrom('personal_documents as pd')
      .leftJoin('e_results as e', 'e.id', 'pd.e_result_id')
      .select(['pd.id', 'pd.kind', 'pd.file_id', 'e.status as result_status'])
      .where('pd.account_id', '=', accountId)
      .where('pd.file_id', 'in', [...new Set(fileIds)])
      .execute();

export const insertReuses = (ex: Executor, rows: DB['document_reuses'][]) =>
  rows.length === 0
    ? Promise.resolve()
    : ex.insertInto('document_reuses').values(rows).onConflict((oc) => oc.columns(['personal_document_id', 'dossier_id']).doNothing()).execute().then(() => undefined);

// ---------------------------------------------------------------- other modules' records, read-only

export const findDossierOwner = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossiers').select(['id', 'applicant_account_id']).where('id', '=', dossierId).executeTakeFirst();

/** The electronic result issued by one issue_result action of a dossier, once the documents module has rendered it. */
export const findEResultOfAction = (ex: Executor, dossierId: string, seq: number) =>
  ex
    .selectFrom('issued_documents as i')
    .innerJoin('e_results as e', 'e.document_id', 'i.id')
    .innerJoin('dossier_results as r', 'r.id', 'e.dossier_result_id')
    .select(['e.id as e_result_id', 'e.result_code', 'i.file_id', 'r.title'])
    .where('i.dossier_id', '=', dossierId)
    .where('i.kind', '=', 'e_result')
    .where('i.action_seq', '=', seq)
    .executeTakeFirst();

/** Of these files, those already handed in with another dossier (first use is not a reuse; the next ones are). */
export async function filesUsedElsewhere(ex: Executor, fileIds: string[], dossierId: string): Promise<Set<string>> {
  if (fileIds.length === 0) return new Set();
  const rows = await ex
    .selectFrom('dossier_documents')
    .select('file_id')
    .distinct()
    .where('file_id', 'in', [...new Set(fileIds)])
    .where('dossier_id', '<>', dossierId)
    .execute();
  return new Set(rows.map((r) => r.file_id!));
}

// ---------------------------------------------------------------- the service index

export interface ReuseCountFilter {
  /** Reuses recorded from this instant (inclusive) … */
  from: string;
  /** … to this one (exclusive). */
  to: string;
  /** The dossiers' resolving agencies; omitted: every agency. */
  unitIds?: string[];
}

export interface ReuseCount {
  /** The resolving (competent) agency of the dossiers. */
  unitId: string;
  /** Dossiers that reused at least one stored document. */
  dossiers: number;
  /** Stored documents reused (one per document and dossier). */
  reuses: number;
}

/** Per resolving agency: dossiers that reused stored data, and how many documents they reused (Decision 766, 4.3). */
export async function reuseCounts(ex: Executor, f: ReuseCountFilter): Promise<ReuseCount[]> {
  if (f.unitIds && f.unitIds.length === 0) return [];
  const unitIds = f.unitIds;
  const rows = await ex
    .selectFrom('document_reuses as r')
    .innerJoin('dossiers as d', 'd.id', 'r.dossier_id')
    .select(['d.competent_unit_id as unit_id', sql<number>`count(distinct r.dossier_id)`.as('dossiers'), sql<number>`count(*)`.as('reuses')])
    .where('r.reused_at', '>=', f.from)
    .where('r.reused_at', '<', f.to)
    .$if(unitIds !== undefined, (q) => q.where('d.competent_unit_id', 'in', unitIds!))
    .groupBy('d.competent_unit_id')
    .orderBy('d.competent_unit_id')
    .execute();
  return rows.map((r) => ({ unitId: r.unit_id, dossiers: Number(r.dossiers), reuses: Number(r.reuses) }));
}
