import type { CreateOrgUnitBody, OrgUnit } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { fieldError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { assertUnitInScope } from '../identity.policy.ts';
import { presentOrgUnit } from '../identity.presenter.ts';
import { findOrgLevel, findOrgUnit, findOrgUnitByCode, insertOrgUnit, type OrgUnitRow } from '../identity.queries.ts';

export async function createOrgUnit(ctx: AppContext, actor: Actor, body: CreateOrgUnitBody, requestId: string): Promise<OrgUnit> {
  return withUnitOfWork(ctx, async (uow) => {
    const parent = await findOrgUnit(uow.trx, body.parentId);
    if (!parent) throw fieldError('body.parentId', 'Đơn vị cấp trên không tồn tại');
    assertUnitInScope(actor, 'org.manage', parent);
    if (!(await findOrgLevel(uow.trx, body.levelCode))) throw fieldError('body.levelCode', 'Cấp hành chính không tồn tại');
    if (await findOrgUnitByCode(uow.trx, body.code)) throw fieldError('body.code', 'Mã đơn vị đã được dùng cho đơn vị khác', 'DUPLICATE');
    const id = newId();
    const row: OrgUnitRow = {
      id,
      parent_id: parent.id,
      path: `${parent.path}${id}/`,
      depth: parent.depth + 1,
      code: body.code,
      name: body.name,
      short_name: body.shortName ?? null,
      kind: body.kind,
      level_code: body.levelCode,
      is_active: 1,
      created_at: uow.now,
      updated_at: uow.now,
    };
    await insertOrgUnit(uow.trx, row);
    await uow.audit({
      actor: { kind: 'officer', id: actor.id }, action: 'org_unit.created', entityType: 'org_unit', entityId: id, orgUnitId: id,
      data: { code: row.code, name: row.name, kind: row.kind, parentId: parent.id }, requestId,
    });
    return presentOrgUnit(row);
  });
}
