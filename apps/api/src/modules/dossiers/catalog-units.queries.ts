/** The catalog, the unit tree and the officers, as the dossiers module reads them (read-only here). */
import type { Executor, DossierRow } from './dossiers.queries.ts';

export const findProcedure = (ex: Executor, id: string) =>
  ex.selectFrom('procedures').select(['id', 'code', 'name', 'status', 'current_version_id', 'current_version_number']).where('id', '=', id).executeTakeFirst();

export const findVersion = (ex: Executor, id: string) =>
  ex.selectFrom('procedure_versions').select(['id', 'number', 'name', 'on_the_spot', 'postal']).where('id', '=', id).executeTakeFirst();

export const listVariants = (ex: Executor, versionId: string) =>
  ex.selectFrom('procedure_variants').select(['id', 'key', 'name', 'time_limit_value', 'time_limit_unit', 'time_limit_note']).where('version_id', '=', versionId).orderBy('position').execute();

export const listVariantChannels = (ex: Executor, variantId: string) =>
  ex.selectFrom('variant_channels').select(['channel', 'time_limit_value', 'time_limit_unit']).where('variant_id', '=', variantId).execute();

const requirementColumns = [
  'position', 'group_kind', 'kind', 'name', 'originals', 'copies', 'required', 'condition', 'case_key', 'case_question', 'alternative_group', 'channels',
] as const;

export const listVariantDocuments = (ex: Executor, variantId: string) =>
  ex.selectFrom('variant_documents').select(requirementColumns).where('variant_id', '=', variantId).orderBy('position').execute();

/** The document requirements of a dossier's variant (of the catalog version it was registered under). */
export const listDossierRequirements = (ex: Executor, dossier: Pick<DossierRow, 'procedure_version_id' | 'variant_key'>) =>
  ex
    .selectFrom('variant_documents')
    .innerJoin('procedure_variants', 'procedure_variants.id', 'variant_documents.variant_id')
    .select(requirementColumns.map((c) => `variant_documents.${c}` as const))
    .where('procedure_variants.version_id', '=', dossier.procedure_version_id)
    .where('procedure_variants.key', '=', dossier.variant_key)
    .orderBy('variant_documents.position')
    .execute();

/** The agencies a procedure is assigned to (resolving or implementing). */
export const listProcedureAgencies = (ex: Executor, procedureId: string) =>
  ex
    .selectFrom('procedure_units')
    .innerJoin('org_units', 'org_units.id', 'procedure_units.unit_id')
    .select(['org_units.id', 'org_units.name', 'org_units.path', 'org_units.code'])
    .where('procedure_units.procedure_id', '=', procedureId)
    .where('procedure_units.role', 'in', ['competent', 'implementing'])
    .where('org_units.is_active', '=', 1)
    .execute()
    .then((rows) => [...new Map(rows.map((r) => [r.id, r])).values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')));

export const findUnits = (ex: Executor, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : ex.selectFrom('org_units').select(['id', 'name', 'path', 'code', 'kind', 'level_code', 'parent_id']).where('id', 'in', [...new Set(ids)]).execute();

export const findUnit = (ex: Executor, id: string) =>
  ex.selectFrom('org_units').select(['id', 'name', 'path', 'code', 'kind', 'level_code', 'parent_id']).where('id', '=', id).where('is_active', '=', 1).executeTakeFirst();

/** Ids of every active unit under the given materialised paths (the actor's scope). */
export async function unitIdsUnder(ex: Executor, paths: string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const rows = await ex
    .selectFrom('org_units')
    .select('id')
    .where((eb) => eb.or(paths.map((p) => eb('path', 'like', `${p}%`))))
    .execute();
  return rows.map((r) => r.id);
}

export const levelRanks = (ex: Executor) => ex.selectFrom('org_levels').select(['code', 'rank']).execute();

export const findOfficers = (ex: Executor, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : ex.selectFrom('officers').select(['id', 'full_name']).where('id', 'in', [...new Set(ids)]).execute();

/** Officers holding a role in a unit subtree, with how many open dossiers each handles. */
export function listOfficersWithRole(ex: Executor, roles: string[], unitPath: string) {
  return ex
    .selectFrom('officer_roles')
    .innerJoin('officers', 'officers.id', 'officer_roles.officer_id')
    .innerJoin('org_units', 'org_units.id', 'officer_roles.org_unit_id')
    .select((eb) => [
      'officers.id',
      'officers.full_name',
      'org_units.id as unit_id',
      'org_units.name as unit_name',
      'officer_roles.role',
      eb
        .selectFrom('dossiers')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('dossiers.assignee_id', '=', 'officers.id')
        .where('dossiers.is_open', '=', 1)
        .as('open_dossiers'),
    ])
    .where('officer_roles.role', 'in', roles)
    .where('officers.is_active', '=', 1)
    .where('org_units.path', 'like', `${unitPath}%`)
    .orderBy('officers.full_name')
    .execute();
}

export const officerRolesIn = (ex: Executor, officerId: string) =>
  ex
    .selectFrom('officer_roles')
    .innerJoin('org_units', 'org_units.id', 'officer_roles.org_unit_id')
    .innerJoin('officers', 'officers.id', 'officer_roles.officer_id')
    .select(['officer_roles.role', 'org_units.id as unit_id', 'org_units.path', 'officers.full_name', 'officers.is_active'])
    .where('officer_roles.officer_id', '=', officerId)
    .execute();
