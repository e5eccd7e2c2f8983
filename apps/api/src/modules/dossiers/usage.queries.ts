import { sql } from 'kysely';
import type { Executor } from './dossiers.queries.ts';

/**
 * Dossiers received per procedure since an instant: at a desk (`received_at`) or, not yet accepted, registered
 * online (`registered_at`). The catalog's search ranks the most used procedures first with it.
 */
export async function countDossiersByProcedure(ex: Executor, since: string): Promise<Map<string, number>> {
  const rows = await ex
    .selectFrom('dossiers')
    .select(['procedure_id', sql<number>`count(*)`.as('n')])
    .where((eb) => eb.or([eb('received_at', '>=', since), eb.and([eb('received_at', 'is', null), eb('registered_at', '>=', since)])]))
    .groupBy('procedure_id')
    .execute();
  return new Map(rows.map((r) => [r.procedure_id, Number(r.n)]));
}
