/** SQL of online applications: the catalog's online terms, desks, portal drafts and the dossiers of an account or a sender. */
import type { DB } from '../../../db/schema.ts';
import type { DossierRow, Executor } from '../dossiers.queries.ts';

export type DraftRow = DB['online_drafts'];

export const findProcedureByCode = (ex: Executor, code: string) =>
  ex.selectFrom('procedures').select(['id', 'code', 'status', 'current_version_id']).where('code', '=', code).executeTakeFirst();

/** A procedure's status and the online level of its public projection. */
export const findOnlineLevel = (ex: Executor, procedureId: string) =>
  ex.selectFrom('procedures').select(['status', 'online_level']).where('id', '=', procedureId).executeTakeFirst();

/** The online level of a published version and the e-form of one of its variants. */
export const findOnlineTerms = (ex: Executor, versionId: string, variantKey: string) =>
  ex
    .selectFrom('procedure_versions')
    .leftJoin('procedure_variants', (j) => j.onRef('procedure_variants.version_id', '=', 'procedure_versions.id').on('procedure_variants.key', '=', variantKey))
    .select(['procedure_versions.online_level', 'procedure_variants.id as variant_id', 'procedure_variants.e_form'])
    .where('procedure_versions.id', '=', versionId)
    .executeTakeFirst();

export const listVariantChannelNames = (ex: Executor, variantId: string) =>
  ex.selectFrom('variant_channels').select('channel').where('variant_id', '=', variantId).execute().then((rows) => rows.map((r) => r.channel));

export const listServiceCentres = (ex: Executor) =>
  ex.selectFrom('org_units').select(['id', 'name', 'path', 'code', 'kind', 'level_code', 'depth']).where('kind', '=', 'service_centre').where('is_active', '=', 1).execute();

export const findDossierBySource = (ex: Executor, system: string, reference: string) =>
  ex.selectFrom('dossiers').selectAll().where('source_system', '=', system).where('source_reference', '=', reference).executeTakeFirst();

/** A dossier of one portal account; another account's dossier is simply not found. */
export const findAccountDossier = (ex: Executor, accountId: string, id: string): Promise<DossierRow | undefined> =>
  ex.selectFrom('dossiers').selectAll().where('id', '=', id).where('applicant_account_id', '=', accountId).executeTakeFirst();

export async function listAccountDossiers(ex: Executor, accountId: string, limit: number, offset: number) {
  const base = () => ex.selectFrom('dossiers').where('applicant_account_id', '=', accountId);
  const [rows, count] = await Promise.all([
    base().selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
    base().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Stored files among `ids` uploaded by one owner (an applicant's uploads are theirs alone). */
export const findOwnedFiles = (ex: Executor, ids: string[], ownerKind: string, ownerId: string) =>
  ids.length === 0
    ? Promise.resolve([])
    : ex.selectFrom('stored_files').select(['id', 'media_type', 'original_name']).where('id', 'in', [...new Set(ids)]).where('uploaded_by_kind', '=', ownerKind).where('uploaded_by_id', '=', ownerId).execute();

// ---------------------------------------------------------------- portal drafts

export const insertDraft = (ex: Executor, row: DraftRow) => ex.insertInto('online_drafts').values(row).execute();

export const updateDraft = async (ex: Executor, accountId: string, id: string, patch: Partial<DraftRow>): Promise<boolean> => {
  const r = await ex.updateTable('online_drafts').set(patch).where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
};

export const findDraft = (ex: Executor, accountId: string, id: string) =>
  ex.selectFrom('online_drafts').selectAll().where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();

export const listDrafts = (ex: Executor, accountId: string) =>
  ex.selectFrom('online_drafts').selectAll().where('account_id', '=', accountId).orderBy('updated_at', 'desc').limit(200).execute();

export const deleteDraft = async (ex: Executor, accountId: string, id: string): Promise<boolean> => {
  const r = await ex.deleteFrom('online_drafts').where('id', '=', id).where('account_id', '=', accountId).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
};
