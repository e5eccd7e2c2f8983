import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Officer, RoleAssignment, UpdateOfficerBody } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { presentOfficer } from '../identity.presenter.ts';
import { deleteOfficerSessions, findOfficer, officerGrants, replaceOfficerRoles, updateOfficer as updateRow, type OfficerRow } from '../identity.queries.ts';
import { assertCanManageOfficer, dedupeAssignments, validateAssignments } from '../officer-roles.ts';
import { forgetLoginFailures } from '../../../platform/auth/login-throttle.ts';
import { assertAcceptablePassword, hashPassword } from '../password.ts';
import { officerLoginSubject } from './log-in.ts';

async function getManagedOfficer(trx: Transaction<DB>, actor: Actor, id: string) {
  const officer = await findOfficer(trx, id);
  if (!officer) throw notFound();
  await assertCanManageOfficer(trx, actor, id);
  return officer;
}

export async function updateOfficer(ctx: AppContext, actor: Actor, id: string, body: UpdateOfficerBody, requestId: string): Promise<Officer> {
  return withUnitOfWork(ctx, async (uow) => {
    const officer = await getManagedOfficer(uow.trx, actor, id);
    if (body.isActive === false && id === actor.id) throw new AppError('CONFLICT', { detail: 'Không thể tự khóa tài khoản của chính mình.' });
    const patch: Partial<OfficerRow> = {
      ...(body.fullName !== undefined && { full_name: body.fullName }),
      ...(body.email !== undefined && { email: body.email }),
      ...(body.isActive !== undefined && { is_active: body.isActive ? 1 : 0 }),
    };
    await updateRow(uow.trx, id, { ...patch, updated_at: uow.now });
    if (body.isActive === false) await deleteOfficerSessions(uow.trx, id);
    await uow.audit({ actor: { kind: 'officer', id: actor.id }, action: 'officer.updated', entityType: 'officer', entityId: id, data: { fields: Object.keys(patch) }, requestId });
    return presentOfficer({ ...officer, ...patch }, await officerGrants(uow.trx, [id]), uow.now);
  });
}

export async function setOfficerRoles(ctx: AppContext, actor: Actor, id: string, roles: RoleAssignment[], requestId: string): Promise<Officer> {
  const wanted = dedupeAssignments(roles);
  return withUnitOfWork(ctx, async (uow) => {
    const officer = await getManagedOfficer(uow.trx, actor, id);
    await validateAssignments(uow.trx, actor, wanted);
    const before = (await officerGrants(uow.trx, [id])).map((g) => ({ role: g.role, orgUnitId: g.org_unit_id }));
    await replaceOfficerRoles(uow.trx, id, wanted, uow.now);
    await uow.audit({ actor: { kind: 'officer', id: actor.id }, action: 'officer.roles_changed', entityType: 'officer', entityId: id, data: { before, after: wanted }, requestId });
    return presentOfficer(officer, await officerGrants(uow.trx, [id]), uow.now);
  });
}

/** A reset also unlocks the account and ends the officer's sessions, so a leaked password stops working at once. */
export async function resetOfficerPassword(ctx: AppContext, actor: Actor, id: string, password: string, requestId: string): Promise<void> {
  await assertAcceptablePassword(password);
  const passwordHash = await hashPassword(password);
  await withUnitOfWork(ctx, async (uow) => {
    const officer = await getManagedOfficer(uow.trx, actor, id);
    await updateRow(uow.trx, id, { password_hash: passwordHash, updated_at: uow.now });
    await forgetLoginFailures(uow.trx, officerLoginSubject(officer.username));
    await deleteOfficerSessions(uow.trx, id);
    await uow.audit({ actor: { kind: 'officer', id: actor.id }, action: 'officer.password_reset', entityType: 'officer', entityId: id, requestId });
  });
}
