import type { OrgUnit, UpdateOrgUnitBody } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { fieldError, notFound } from '../../../platform/errors.ts';
import { assertUnitInScope } from '../identity.policy.ts';
import { presentOrgUnit } from '../identity.presenter.ts';
import { findOrgUnit, findOrgUnitByCode, updateOrgUnit as updateRow, type OrgUnitRow } from '../identity.queries.ts';

export async function updateOrgUnit(ctx: AppContext, actor: Actor, id: string, body: UpdateOrgUnitBody, requestId: string): Promise<OrgUnit> {
  return withUnitOfWork(ctx, async (uow) => {
    const unit = await findOrgUnit(uow.trx, id);
    if (!unit) throw notFound();
    assertUnitInScope(actor, 'org.manage', unit);
    if (body.code !== undefined && body.code !== unit.code && (await findOrgUnitByCode(uow.trx, body.code))) {
      throw fieldError('body.code', 'Mã đơn vị đã được dùng cho đơn vị khác', 'DUPLICATE');
    }
    const patch: Partial<OrgUnitRow> = {
      ...(body.code !== undefined && { code: body.code }),
      ...(body.name !== undefined && { name: body.name }),
      ...(body.shortName !== undefined && { short_name: body.shortName }),
      ...(body.kind !== undefined && { kind: body.kind }),
      ...(body.isActive !== undefined && { is_active: body.isActive ? 1 : 0 }),
    };
    const changes = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, { from: unit[k as keyof OrgUnitRow], to: v }]));
    await updateRow(uow.trx, id, { ...patch, updated_at: uow.now });
    await uow.audit({ actor: { kind: 'officer', id: actor.id }, action: 'org_unit.updated', entityType: 'org_unit', entityId: id, orgUnitId: id, data: { changes }, requestId });
    return presentOrgUnit({ ...unit, ...patch, updated_at: uow.now });
  });
}
