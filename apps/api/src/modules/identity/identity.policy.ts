import type { Permission } from '@motcua/shared';
import { canAccessUnit, type Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';

export function assertUnitInScope(actor: Actor, permission: Permission, unit: { path: string }): void {
  if (!canAccessUnit(actor, permission, unit.path)) throw new AppError('OUT_OF_SCOPE');
}

/** An officer may be managed only by someone whose scope covers every unit the officer holds a role in. */
export function assertOfficerInScope(actor: Actor, permission: Permission, grantPaths: string[]): void {
  if (grantPaths.length === 0 || !grantPaths.every((p) => canAccessUnit(actor, permission, p))) throw new AppError('OUT_OF_SCOPE');
}
