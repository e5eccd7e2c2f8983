import type { ServiceListKind, ServiceListStatus } from '@motcua/shared';
import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type ServiceListRow = DB['service_lists'];
const CHUNK = 400;

export const findServiceList = (ex: Executor, id: string) => ex.selectFrom('service_lists').selectAll().where('id', '=', id).executeTakeFirst();
export const findServiceListsByIds = (ex: Executor, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : ex.selectFrom('service_lists').selectAll().where('id', 'in', ids).execute();
export const insertServiceList = (ex: Executor, row: ServiceListRow) => ex.insertInto('service_lists').values(row).execute();
export const updateServiceList = (ex: Executor, id: string, patch: Partial<ServiceListRow>) => ex.updateTable('service_lists').set(patch).where('id', '=', id).execute();

export async function replaceServiceListItems(ex: Executor, listId: string, items: DB['service_list_items'][]): Promise<void> {
  await ex.deleteFrom('service_list_items').where('list_id', '=', listId).execute();
  for (let i = 0; i < items.length; i += CHUNK) await ex.insertInto('service_list_items').values(items.slice(i, i + CHUNK)).execute();
}

/** Attaches the given draft lists to a decision, detaching the ones it no longer lists. */
export async function attachListsToDecision(ex: Executor, decisionId: string, listIds: string[]): Promise<void> {
  let detach = ex.updateTable('service_lists').set({ decision_id: null }).where('decision_id', '=', decisionId);
  if (listIds.length > 0) detach = detach.where('id', 'not in', listIds);
  await detach.execute();
  if (listIds.length > 0) await ex.updateTable('service_lists').set({ decision_id: decisionId }).where('id', 'in', listIds).execute();
}

/** Publishes a decision's lists; each replaces the list of the same desk and kind published before. */
export async function publishDecisionLists(ex: Executor, decisionId: string, now: string): Promise<number> {
  const lists = await ex.selectFrom('service_lists').select(['id', 'unit_id', 'kind']).where('decision_id', '=', decisionId).execute();
  for (const l of lists) {
    await ex
      .updateTable('service_lists')
      .set({ status: 'superseded', updated_at: now })
      .where('unit_id', '=', l.unit_id)
      .where('kind', '=', l.kind)
      .where('status', '=', 'published')
      .execute();
    await ex.updateTable('service_lists').set({ status: 'published', published_at: now, updated_at: now }).where('id', '=', l.id).execute();
  }
  return lists.length;
}

export function listServiceLists(ex: Executor, o: { id?: string; unitIds?: string[]; kind?: ServiceListKind; status?: ServiceListStatus }) {
  let q = ex
    .selectFrom('service_lists as l')
    .innerJoin('org_units as u', 'u.id', 'l.unit_id')
    .leftJoin('publication_decisions as d', 'd.id', 'l.decision_id')
    .selectAll('l')
    .select((eb) => [
      'u.code as unit_code', 'u.name as unit_name', 'd.number as decision_number', 'd.signed_on as decision_signed_on', 'd.issuer_level as decision_issuer_level',
      eb.selectFrom('service_list_items as i').select(sql<number>`count(*)`.as('n')).whereRef('i.list_id', '=', 'l.id').as('item_count'),
    ]);
  if (o.unitIds) q = o.unitIds.length ? q.where('l.unit_id', 'in', o.unitIds) : q.where(sql<boolean>`1 = 0`);
  if (o.id) q = q.where('l.id', '=', o.id);
  if (o.kind) q = q.where('l.kind', '=', o.kind);
  if (o.status) q = q.where('l.status', '=', o.status);
  return q.orderBy('u.code').orderBy('l.kind').orderBy('l.created_at', 'desc').execute();
}
export type ServiceListView = Awaited<ReturnType<typeof listServiceLists>>[number];

export const listServiceListItems = (ex: Executor, listIds: string[]) =>
  listIds.length === 0
    ? Promise.resolve([])
    : ex
        .selectFrom('service_list_items as i')
        .innerJoin('procedures as p', 'p.id', 'i.procedure_id')
        .innerJoin('sectors as s', 's.code', 'p.sector_code')
        .leftJoin('org_units as a', 'a.id', 'i.agency_unit_id')
        .select(['i.list_id', 'i.procedure_id', 'i.note', 'i.agency_unit_id', 'p.code', 'p.name', 'p.online_level', 's.code as sector_code', 's.name as sector_name', 'a.code as agency_code', 'a.name as agency_name'])
        .where('i.list_id', 'in', listIds)
        .orderBy('i.list_id')
        .orderBy('i.position')
        .execute();
