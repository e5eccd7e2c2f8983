import type { AssignedUnit, setAssignedUnitsBody } from '@motcua/shared';
import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { getProcedureOrThrow } from '../catalog.reads.ts';
import { assertUnitsInScope } from '../catalog.policy.ts';
import { findUnitsByIds, listAssignedUnits, replaceAssignedUnits } from '../procedures.queries.ts';
import { bumpCatalogRevision } from '../search.queries.ts';
import { expectCatalogChange } from '../search.service.ts';

/**
 * Which of the province's agencies apply a procedure (competent, implementing, authorised, coordinating).
 * An officer may only add or remove units inside their own scope.
 */
export async function setProcedureUnits(ctx: AppContext, actor: Actor, id: string, body: z.output<typeof setAssignedUnitsBody>, requestId: string): Promise<AssignedUnit[]> {
  expectCatalogChange(ctx.db);
  return withUnitOfWork(ctx, async (uow) => {
    const procedure = await getProcedureOrThrow(uow.trx, id);
    const before = await listAssignedUnits(uow.trx, id);
    const unique = [...new Map(body.units.map((u) => [`${u.unitId}:${u.role}`, u])).values()];
    const units = await findUnitsByIds(uow.trx, [...new Set(unique.map((u) => u.unitId))]);
    const missing = unique.findIndex((u) => !units.some((x) => x.id === u.unitId));
    if (missing >= 0) throw new AppError('VALIDATION_FAILED', { errors: [{ path: `body.units.${missing}.unitId`, message: 'Đơn vị không tồn tại' }] });
    const beforeUnits = await findUnitsByIds(uow.trx, before.map((b) => b.unit_id));
    const key = (u: { unitId: string; role: string }) => `${u.unitId}:${u.role}`;
    const beforeKeys = new Set(before.map((b) => key({ unitId: b.unit_id, role: b.role })));
    const afterKeys = new Set(unique.map(key));
    const touched = new Set([...before.filter((b) => !afterKeys.has(key({ unitId: b.unit_id, role: b.role }))).map((b) => b.unit_id), ...unique.filter((u) => !beforeKeys.has(key(u))).map((u) => u.unitId)]);
    assertUnitsInScope(actor, 'catalog.manage', [...units, ...beforeUnits].filter((u) => touched.has(u.id)));
    await replaceAssignedUnits(uow.trx, id, unique, uow.now);
    await bumpCatalogRevision(uow.trx, uow.now);
    await uow.audit({
      actor: { kind: 'officer', id: actor.id }, action: 'procedure.units_assigned', entityType: 'procedure', entityId: id,
      data: { code: procedure.code, units: unique }, requestId,
    });
    const byId = new Map(units.map((u) => [u.id, u]));
    return unique.map((u) => ({ unitId: u.unitId, unitCode: byId.get(u.unitId)!.code, unitName: byId.get(u.unitId)!.name, role: u.role }));
  });
}
