/**
 * All SQL of the documents module. It prints what the dossiers module decided, so it reads the dossier tables
 * (read-only; the dossier row itself through the dossiers module's `findDossier`) and owns the issued documents,
 * electronic results and their verifications.
 */
import type { IssuedFormKind } from '@motcua/shared';
import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type IssuedDocumentRow = DB['issued_documents'];
export type EResultRow = DB['e_results'];

// ---------------------------------------------------------------- the dossier, read-only

export const findActionAt = (ex: Executor, dossierId: string, seq: number) =>
  ex.selectFrom('dossier_actions').selectAll().where('dossier_id', '=', dossierId).where('seq', '=', seq).executeTakeFirst();

/** The checklist lines and supplements recorded up to an action. */
/** The latest action of the given kinds (the receipt: receive, or accept_online for an online dossier). */
export const findLastActionOf = (ex: Executor, dossierId: string, actions: string[]) =>
  ex.selectFrom('dossier_actions').selectAll().where('dossier_id', '=', dossierId).where('action', 'in', actions).orderBy('seq', 'desc').executeTakeFirst();

export const listDocumentsUpTo = (ex: Executor, dossierId: string, seq: number) =>
  ex
    .selectFrom('dossier_documents')
    .select(['name', 'source', 'originals', 'copies', 'action_seq'])
    .where('dossier_id', '=', dossierId)
    .where('action_seq', '<=', seq)
    .orderBy('action_seq')
    .orderBy('position')
    .execute();

export const findResultByCode = (ex: Executor, code: string) => ex.selectFrom('dossier_results').selectAll().where('code', '=', code).executeTakeFirst();

export const listResults = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_results').selectAll().where('dossier_id', '=', dossierId).orderBy('number').execute();

export const listHandovers = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_handovers').selectAll().where('dossier_id', '=', dossierId).orderBy('seq').execute();

export const listAgencyRoles = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_agencies').select(['unit_id', 'role']).where('dossier_id', '=', dossierId).orderBy('position').execute();

export const findUnitsByIds = (ex: Executor, ids: string[]) =>
  ex.selectFrom('org_units').select(['id', 'parent_id', 'path', 'code', 'name', 'short_name', 'kind']).where('id', 'in', ids.length > 0 ? ids : ['-']).execute();

/** A unit and all its ancestors (materialised paths are prefixes of their descendants' paths). */
export async function unitWithAncestors(ex: Executor, unitId: string) {
  const unit = await ex.selectFrom('org_units').select(['path']).where('id', '=', unitId).executeTakeFirst();
  if (!unit) return [];
  return ex
    .selectFrom('org_units')
    .select(['id', 'parent_id', 'path', 'code', 'name', 'short_name', 'kind'])
    .where(sql<boolean>`${unit.path} like org_units.path || '%'`)
    .orderBy('depth', 'desc')
    .execute();
}

export const findOfficerNames = (ex: Executor, ids: string[]) =>
  ex.selectFrom('officers').select(['id', 'full_name']).where('id', 'in', ids.length > 0 ? ids : ['-']).execute();

/** Officers holding a role in a unit, for the signature block of the head of an agency. */
export const findOfficerWithRoleIn = (ex: Executor, unitId: string, role: string) =>
  ex
    .selectFrom('officer_roles')
    .innerJoin('officers', 'officers.id', 'officer_roles.officer_id')
    .select(['officers.full_name'])
    .where('officer_roles.org_unit_id', '=', unitId)
    .where('officer_roles.role', '=', role)
    .where('officers.is_active', '=', 1)
    .orderBy('officers.created_at')
    .executeTakeFirst();

// ---------------------------------------------------------------- issued documents

/** The next number of an issuing body's form of a kind in a year; the row stays locked to the commit. */
export async function nextDocumentNumber(ex: Executor, issuerUnitId: string, kind: string, year: number): Promise<number> {
  const row = await ex
    .insertInto('document_number_sequences')
    .values({ issuer_unit_id: issuerUnitId, kind, year, last_value: 1 })
    .onConflict((oc) => oc.columns(['issuer_unit_id', 'kind', 'year']).doUpdateSet({ last_value: sql<number>`document_number_sequences.last_value + 1` }))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return Number(row.last_value);
}

export const insertIssuedDocument = (ex: Executor, row: IssuedDocumentRow) => ex.insertInto('issued_documents').values(row).execute();

export const findIssuedDocument = (ex: Executor, id: string) => ex.selectFrom('issued_documents').selectAll().where('id', '=', id).executeTakeFirst();

export const findIssuedDocumentForAction = (ex: Executor, dossierId: string, kind: IssuedFormKind, actionSeq: number) =>
  ex.selectFrom('issued_documents').selectAll().where('dossier_id', '=', dossierId).where('kind', '=', kind).where('action_seq', '=', actionSeq).executeTakeFirst();

export const listIssuedDocuments = (ex: Executor, dossierId: string) =>
  ex.selectFrom('issued_documents').selectAll().where('dossier_id', '=', dossierId).orderBy('created_at').orderBy('action_seq').execute();

/** Keeps the first rendering only: a reprint serves these bytes. */
export const setRenderedFile = (ex: Executor, id: string, patch: { file_id: string; sha256: string; signed: number; signer_name: string | null; rendered_at: string }) =>
  ex.updateTable('issued_documents').set(patch).where('id', '=', id).where('file_id', 'is', null).executeTakeFirst();

export const insertStoredFileRow = (ex: Executor, row: DB['stored_files']) => ex.insertInto('stored_files').values(row).execute();

export const findStoredFileRow = (ex: Executor, id: string) => ex.selectFrom('stored_files').selectAll().where('id', '=', id).executeTakeFirst();

// ---------------------------------------------------------------- electronic results

export const insertEResult = (ex: Executor, row: EResultRow) => ex.insertInto('e_results').values(row).execute();

export const findEResult = (ex: Executor, id: string) => ex.selectFrom('e_results').selectAll().where('id', '=', id).executeTakeFirst();

export const findEResultByCode = (ex: Executor, code: string) => ex.selectFrom('e_results').selectAll().where('result_code', '=', code).executeTakeFirst();

export const findEResultForResult = (ex: Executor, dossierResultId: string) =>
  ex.selectFrom('e_results').selectAll().where('dossier_result_id', '=', dossierResultId).executeTakeFirst();

export const listEResults = (ex: Executor, dossierId: string) =>
  ex
    .selectFrom('e_results')
    .innerJoin('issued_documents', 'issued_documents.id', 'e_results.document_id')
    .select([
      'e_results.id', 'e_results.result_code', 'e_results.verify_token', 'e_results.status', 'e_results.revoked_at', 'e_results.revoked_reason', 'e_results.created_at',
      'e_results.document_id', 'issued_documents.data', 'issued_documents.signer_name',
      (eb) => eb.selectFrom('e_result_verifications').select((v) => v.fn.countAll<number>().as('n')).whereRef('e_result_verifications.e_result_id', '=', 'e_results.id').as('verifications'),
    ])
    .where('e_results.dossier_id', '=', dossierId)
    .orderBy('e_results.created_at')
    .execute();

/** Valid results of a dossier other than the given one (a corrected result replaces them). */
export const listValidEResults = (ex: Executor, dossierId: string) =>
  ex.selectFrom('e_results').selectAll().where('dossier_id', '=', dossierId).where('status', '=', 'valid').execute();

export const revokeEResultRow = (ex: Executor, id: string, patch: { revoked_at: string; revoked_by: string | null; revoked_reason: string }) =>
  ex.updateTable('e_results').set({ status: 'revoked', ...patch }).where('id', '=', id).where('status', '=', 'valid').executeTakeFirst();

export const insertVerification = (ex: Executor, row: DB['e_result_verifications']) => ex.insertInto('e_result_verifications').values(row).execute();
