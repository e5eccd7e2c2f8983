import type { RoleAssignment } from '@motcua/shared';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { assertOfficerInScope } from './identity.policy.ts';
import { findOrgUnitsByIds, officerGrants } from './identity.queries.ts';

/** Checks that each assignment points at an existing unit inside the actor's management scope. */
export async function validateAssignments(trx: Transaction<DB>, actor: Actor, roles: RoleAssignment[]): Promise<void> {
  const ids = [...new Set(roles.map((r) => r.orgUnitId))];
  const units = await findOrgUnitsByIds(trx, ids);
  const byId = new Map(units.map((u) => [u.id, u]));
  const errors = roles.flatMap((r, i) => (byId.has(r.orgUnitId) ? [] : [{ path: `body.roles.${i}.orgUnitId`, message: 'Đơn vị không tồn tại' }]));
  if (errors.length) throw new AppError('VALIDATION_FAILED', { errors });
  assertOfficerInScope(actor, 'officer.manage', units.map((u) => u.path));
}

export async function assertCanManageOfficer(trx: Transaction<DB>, actor: Actor, officerId: string): Promise<void> {
  const grants = await officerGrants(trx, [officerId]);
  assertOfficerInScope(actor, 'officer.manage', grants.map((g) => g.org_unit_path));
}

export const dedupeAssignments = (roles: RoleAssignment[]) =>
  [...new Map(roles.map((r) => [`${r.role}|${r.orgUnitId}`, r])).values()];
