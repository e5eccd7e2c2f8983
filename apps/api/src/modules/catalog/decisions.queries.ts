import type { DecisionIssuerLevel, DecisionStatus } from '@motcua/shared';
import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type DecisionRow = DB['publication_decisions'];
export type DecisionItemRow = DB['publication_decision_items'];
const CHUNK = 400;

export const findDecision = (ex: Executor, id: string) => ex.selectFrom('publication_decisions').selectAll().where('id', '=', id).executeTakeFirst();
export const findDecisionByNumber = (ex: Executor, number: string) =>
  ex.selectFrom('publication_decisions').selectAll().where('number', '=', number).executeTakeFirst();
export const insertDecision = (ex: Executor, row: DecisionRow) => ex.insertInto('publication_decisions').values(row).execute();
export const updateDecisionRow = (ex: Executor, id: string, patch: Partial<DecisionRow>) =>
  ex.updateTable('publication_decisions').set(patch).where('id', '=', id).execute();

export async function findDecisionsByNumbers(ex: Executor, numbers: string[]): Promise<DecisionRow[]> {
  const out: DecisionRow[] = [];
  for (let i = 0; i < numbers.length; i += CHUNK) {
    out.push(...(await ex.selectFrom('publication_decisions').selectAll().where('number', 'in', numbers.slice(i, i + CHUNK)).execute()));
  }
  return out;
}

export async function insertDecisions(ex: Executor, rows: DecisionRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await ex.insertInto('publication_decisions').values(rows.slice(i, i + CHUNK)).execute();
}

export async function replaceDecisionItems(ex: Executor, decisionId: string, items: DecisionItemRow[]): Promise<void> {
  await ex.deleteFrom('publication_decision_items').where('decision_id', '=', decisionId).execute();
  for (let i = 0; i < items.length; i += CHUNK) await ex.insertInto('publication_decision_items').values(items.slice(i, i + CHUNK)).execute();
}

export const updateDecisionItem = (ex: Executor, decisionId: string, procedureId: string, patch: Partial<DecisionItemRow>) =>
  ex.updateTable('publication_decision_items').set(patch).where('decision_id', '=', decisionId).where('procedure_id', '=', procedureId).execute();

/** Imported records: one item per (decision, procedure); a re-import re-points it to the newest version. */
export async function upsertDecisionItems(ex: Executor, items: DecisionItemRow[]): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) {
    await ex
      .insertInto('publication_decision_items')
      .values(items.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.columns(['decision_id', 'procedure_id']).doUpdateSet((eb) => ({
          version_id: eb.ref('excluded.version_id'),
          published_at: eb.ref('excluded.published_at'),
          incomplete: eb.ref('excluded.incomplete'),
          missing: eb.ref('excluded.missing'),
        })),
      )
      .execute();
  }
}

export const listDecisionItems = (ex: Executor, decisionId: string) =>
  ex
    .selectFrom('publication_decision_items as i')
    .innerJoin('procedures as p', 'p.id', 'i.procedure_id')
    .leftJoin('procedure_versions as v', 'v.id', 'i.version_id')
    .leftJoin('procedures as r', 'r.id', 'i.replaced_by_procedure_id')
    .selectAll('i')
    .select(['p.code', 'p.name', 'v.number as version_number', 'r.code as replaced_by_code'])
    .where('i.decision_id', '=', decisionId)
    .orderBy('i.position')
    .execute();

export const listDecisionServiceLists = (ex: Executor, decisionId: string) =>
  ex
    .selectFrom('service_lists as l')
    .innerJoin('org_units as u', 'u.id', 'l.unit_id')
    .select(['l.id', 'l.kind', 'l.status', 'l.unit_id', 'u.code as unit_code', 'u.name as unit_name'])
    .where('l.decision_id', '=', decisionId)
    .orderBy('u.code')
    .execute();

export async function listDecisions(ex: Executor, o: { status?: DecisionStatus; issuerLevel?: DecisionIssuerLevel; limit: number; offset: number }) {
  let q = ex.selectFrom('publication_decisions as d');
  if (o.status) q = q.where('d.status', '=', o.status);
  if (o.issuerLevel) q = q.where('d.issuer_level', '=', o.issuerLevel);
  const [rows, count] = await Promise.all([
    q
      .selectAll('d')
      .select((eb) => [
        eb.selectFrom('publication_decision_items as i').select(sql<number>`count(*)`.as('n')).whereRef('i.decision_id', '=', 'd.id').as('item_count'),
        eb.selectFrom('publication_decision_items as i').select(sql<number>`count(*)`.as('n')).whereRef('i.decision_id', '=', 'd.id').where('i.incomplete', '=', 1).as('incomplete_count'),
      ])
      .orderBy(sql`coalesce(d.signed_on, '')`, 'desc')
      .orderBy('d.created_at', 'desc')
      .limit(o.limit)
      .offset(o.offset)
      .execute(),
    q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
