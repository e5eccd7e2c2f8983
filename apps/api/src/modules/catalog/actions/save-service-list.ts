import type { createServiceListBody, replaceServiceListItemsBody, ServiceList, serviceListItemInput } from '@motcua/shared';
import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext, type UnitOfWork } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { assertUnitsInScope } from '../catalog.policy.ts';
import { findProceduresByIds, findUnit, findUnitsByIds } from '../procedures.queries.ts';
import { presentServiceLists } from '../service-lists.presenter.ts';
import { findServiceList, insertServiceList, listServiceLists, replaceServiceListItems, updateServiceList } from '../service-lists.queries.ts';

type Item = z.output<typeof serviceListItemInput>;
const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', { errors: [{ path, message }] });

async function writeItems(uow: UnitOfWork, listId: string, items: Item[]): Promise<void> {
  const seen = new Set<string>();
  items.forEach((it, i) => {
    if (seen.has(it.procedureId)) throw invalid(`body.items.${i}.procedureId`, 'Thủ tục bị lặp trong danh mục');
    seen.add(it.procedureId);
  });
  const procedures = new Set((await findProceduresByIds(uow.trx, [...seen])).map((p) => p.id));
  const agencyIds = [...new Set(items.map((it) => it.agencyUnitId).filter((id): id is string => !!id))];
  const agencies = new Set((await findUnitsByIds(uow.trx, agencyIds)).map((u) => u.id));
  items.forEach((it, i) => {
    if (!procedures.has(it.procedureId)) throw invalid(`body.items.${i}.procedureId`, 'Thủ tục không tồn tại');
    if (it.agencyUnitId && !agencies.has(it.agencyUnitId)) throw invalid(`body.items.${i}.agencyUnitId`, 'Cơ quan không tồn tại');
  });
  await replaceServiceListItems(uow.trx, listId, items.map((it, position) => ({ list_id: listId, procedure_id: it.procedureId, position, agency_unit_id: it.agencyUnitId, note: it.note })));
}

async function view(uow: UnitOfWork, id: string): Promise<ServiceList> {
  const rows = await listServiceLists(uow.trx, { id });
  return (await presentServiceLists(uow.trx, rows, true))[0]!;
}

/** A desk's list (received at the desk, online, …) is drafted here and published by a decision. */
export async function createServiceList(ctx: AppContext, actor: Actor, body: z.output<typeof createServiceListBody>, requestId: string): Promise<ServiceList> {
  return withUnitOfWork(ctx, async (uow) => {
    const unit = await findUnit(uow.trx, body.unitId);
    if (!unit) throw invalid('body.unitId', 'Đơn vị không tồn tại');
    assertUnitsInScope(actor, 'catalog.manage', [unit]);
    const id = newId();
    await insertServiceList(uow.trx, { id, unit_id: unit.id, kind: body.kind, status: 'draft', decision_id: null, published_at: null, created_at: uow.now, created_by: actor.id, updated_at: uow.now });
    await writeItems(uow, id, body.items);
    await uow.audit({
      actor: { kind: 'officer', id: actor.id }, action: 'service_list.drafted', entityType: 'service_list', entityId: id, orgUnitId: unit.id,
      data: { kind: body.kind, items: body.items.length }, requestId,
    });
    return view(uow, id);
  });
}

export async function setServiceListItems(ctx: AppContext, actor: Actor, id: string, body: z.output<typeof replaceServiceListItemsBody>, requestId: string): Promise<ServiceList> {
  return withUnitOfWork(ctx, async (uow) => {
    const list = await findServiceList(uow.trx, id);
    if (!list) throw notFound('Không tìm thấy danh mục');
    const unit = await findUnit(uow.trx, list.unit_id);
    assertUnitsInScope(actor, 'catalog.manage', [unit!]);
    if (list.status !== 'draft') throw new AppError('CONFLICT', { detail: 'Danh mục đã công bố; hãy lập danh mục mới để thay thế.' });
    await writeItems(uow, id, body.items);
    await updateServiceList(uow.trx, id, { updated_at: uow.now });
    await uow.audit({
      actor: { kind: 'officer', id: actor.id }, action: 'service_list.items_replaced', entityType: 'service_list', entityId: id, orgUnitId: list.unit_id,
      data: { items: body.items.length }, requestId,
    });
    return view(uow, id);
  });
}
