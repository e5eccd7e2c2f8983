import { inForceStatuses } from '@motcua/shared';
import { loadAdoptions } from './adoption.queries.ts';
import type { SearchIndexData } from './search-index.ts';
import type { Executor } from '../../db/executor.ts';

export const catalogRevision = async (ex: Executor): Promise<number> =>
  Number((await ex.selectFrom('catalog_revision').select('revision').where('id', '=', 1).executeTakeFirstOrThrow()).revision);

/** Every change visible in the public catalog bumps the revision in its own transaction. */
export const bumpCatalogRevision = (ex: Executor, now: string) =>
  ex.updateTable('catalog_revision').set((eb) => ({ revision: eb('revision', '+', 1), updated_at: now })).where('id', '=', 1).execute();

/**
 * What the public search index holds: the procedures the province has adopted (`adoption.queries.ts`), labelled
 * with the levels where it performs them, their folded terms and the units applying them.
 */
export async function loadSearchIndexData(ex: Executor): Promise<SearchIndexData> {
  const [inForce, terms, assignments, adoptions] = await Promise.all([
    ex
      .selectFrom('procedures as p')
      .innerJoin('sectors as s', 's.code', 'p.sector_code')
      .select([
        'p.id', 'p.code', 'p.name', 'p.name_folded', 'p.code_folded', 'p.sector_code', 's.name as sector_name', 'p.levels_key', 'p.subjects_key',
        'p.online_level', 'p.status', 'p.time_limit_value', 'p.time_limit_unit', 'p.competent_agency', 'p.current_version_number', 'p.latest_version_number',
      ])
      .where('p.status', 'in', inForceStatuses)
      .execute(),
    ex
      .selectFrom('procedure_search_terms as t')
      .innerJoin('procedures as p', 'p.id', 't.procedure_id')
      .select(['t.term', 't.procedure_id', 't.in_name'])
      .where('p.status', 'in', inForceStatuses)
      .execute(),
    ex
      .selectFrom('procedure_units as pu')
      .innerJoin('org_units as u', 'u.id', 'pu.unit_id')
      .select(['pu.procedure_id', 'u.path'])
      .execute(),
    loadAdoptions(ex),
  ]);
  const procedures = inForce.flatMap((p) => {
    const levels = adoptions.get(p.id);
    return levels?.length ? [{ ...p, levels_key: `|${levels.join('|')}|` }] : [];
  });
  return { procedures, terms, assignments };
}
