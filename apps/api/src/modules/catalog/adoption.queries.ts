import { inForceStatuses, type AgencyRole } from '@motcua/shared';
import type { Executor } from '../../db/executor.ts';

/** The levels of local government where the province performs procedures (two levels since the 2025 reform). */
export const adoptedLevels = ['province', 'commune'] as const;
export type AdoptedLevel = (typeof adoptedLevels)[number];

/** Roles of a unit assignment that mean the unit performs the procedure (a coordinating unit only helps). */
const performingRoles: AgencyRole[] = ['competent', 'implementing', 'authorised'];

const isAdoptedLevel = (level: string): level is AdoptedLevel => (adoptedLevels as readonly string[]).includes(level);
const levelsOfKey = (key: string) => key.split('|').filter(isAdoptedLevel);

/**
 * **Adoption** — the one definition of "the province's own catalog" (catalog README, "The province's catalog").
 * A procedure in force (published or amended) is adopted at a level (province or commune) when at least one of:
 * 1. it is assigned (`procedure_units`, as competent, implementing or authorised) to a unit of that level;
 * 2. it is on a published desk list (`service_lists`) of a desk of that level;
 * 3. an issued publication decision of the province (`issuer_level = 'province'`) announces it (not as abolished):
 *    at the record's own levels among province and commune, or at province level when the record names neither.
 * The levels are where the province performs it: they come from its units, desks and decisions, never from the
 * national record's levels alone. A procedure adopted at no level (a national record the province did not take
 * up, e.g. a ministry's customs procedure) stays in the back office: no public search, sector tile, detail page,
 * desk receipt or online application.
 * Returns procedure id → its adopted levels (province before commune); `procedureId` narrows it to one procedure.
 */
export async function loadAdoptions(ex: Executor, procedureId?: string): Promise<Map<string, AdoptedLevel[]>> {
  const only = procedureId !== undefined;
  const [assigned, listed, decided] = await Promise.all([
    ex
      .selectFrom('procedure_units as pu')
      .innerJoin('org_units as u', 'u.id', 'pu.unit_id')
      .innerJoin('procedures as p', 'p.id', 'pu.procedure_id')
      .select(['pu.procedure_id', 'u.level_code as level'])
      .distinct()
      .where('pu.role', 'in', performingRoles)
      .where('p.status', 'in', inForceStatuses)
      .$if(only, (q) => q.where('pu.procedure_id', '=', procedureId!))
      .execute(),
    ex
      .selectFrom('service_list_items as i')
      .innerJoin('service_lists as l', 'l.id', 'i.list_id')
      .innerJoin('org_units as u', 'u.id', 'l.unit_id')
      .innerJoin('procedures as p', 'p.id', 'i.procedure_id')
      .select(['i.procedure_id', 'u.level_code as level'])
      .distinct()
      .where('l.status', '=', 'published')
      .where('p.status', 'in', inForceStatuses)
      .$if(only, (q) => q.where('i.procedure_id', '=', procedureId!))
      .execute(),
    ex
      .selectFrom('publication_decision_items as i')
      .innerJoin('publication_decisions as d', 'd.id', 'i.decision_id')
      .innerJoin('procedures as p', 'p.id', 'i.procedure_id')
      .select(['i.procedure_id', 'p.levels_key'])
      .distinct()
      .where('d.status', '=', 'issued')
      .where('d.issuer_level', '=', 'province')
      .where('i.action', '!=', 'abolished')
      .where('p.status', 'in', inForceStatuses)
      .$if(only, (q) => q.where('i.procedure_id', '=', procedureId!))
      .execute(),
  ]);
  const levels = new Map<string, Set<AdoptedLevel>>();
  const add = (id: string, level: AdoptedLevel) => (levels.get(id) ?? levels.set(id, new Set()).get(id)!).add(level);
  for (const r of [...assigned, ...listed]) if (isAdoptedLevel(r.level)) add(r.procedure_id, r.level);
  for (const r of decided) {
    const own = levelsOfKey(r.levels_key);
    for (const level of own.length > 0 ? own : (['province'] as const)) add(r.procedure_id, level);
  }
  return new Map([...levels].map(([id, set]) => [id, adoptedLevels.filter((l) => set.has(l))]));
}

/** The levels where the province performs this procedure; empty when it has not adopted it. */
export async function findAdoptedLevels(ex: Executor, procedureId: string): Promise<AdoptedLevel[]> {
  return (await loadAdoptions(ex, procedureId)).get(procedureId) ?? [];
}
