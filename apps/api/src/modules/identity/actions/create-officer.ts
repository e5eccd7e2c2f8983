import type { CreateOfficerBody, Officer } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { fieldError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { presentOfficer } from '../identity.presenter.ts';
import { findOfficerByUsername, insertOfficer, officerGrants, replaceOfficerRoles, type OfficerRow } from '../identity.queries.ts';
import { dedupeAssignments, validateAssignments } from '../officer-roles.ts';
import { assertAcceptablePassword, hashPassword } from '../password.ts';

export async function createOfficer(ctx: AppContext, actor: Actor, body: CreateOfficerBody, requestId: string): Promise<Officer> {
  await assertAcceptablePassword(body.password);
  const passwordHash = await hashPassword(body.password);
  const roles = dedupeAssignments(body.roles);
  return withUnitOfWork(ctx, async (uow) => {
    await validateAssignments(uow.trx, actor, roles);
    if (await findOfficerByUsername(uow.trx, body.username)) throw fieldError('body.username', 'Tên đăng nhập đã tồn tại', 'DUPLICATE');
    const row: OfficerRow = {
      id: newId(),
      username: body.username,
      full_name: body.fullName,
      email: body.email ?? null,
      password_hash: passwordHash,
      totp_secret: null,
      totp_enabled: 0,
      totp_last_step: null,
      failed_login_count: 0,
      locked_until: null,
      is_active: 1,
      created_at: uow.now,
      updated_at: uow.now,
    };
    await insertOfficer(uow.trx, row);
    await replaceOfficerRoles(uow.trx, row.id, roles, uow.now);
    await uow.audit({
      actor: { kind: 'officer', id: actor.id }, action: 'officer.created', entityType: 'officer', entityId: row.id,
      orgUnitId: roles[0]?.orgUnitId ?? null, data: { username: row.username, roles }, requestId,
    });
    return presentOfficer(row, await officerGrants(uow.trx, [row.id]), uow.now);
  });
}
