import type { Permission } from '@motcua/shared';
import { canAccessUnit, scopePaths, type Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';

/** A root unit's path has a single segment: only a grant there covers the province-wide catalog. */
const isRootPath = (path: string) => path.split('/').filter(Boolean).length === 1;

/**
 * Who may change a procedure: the permission over the unit that owns the record, or over the whole
 * province when the record belongs to the province-wide catalog (no owner).
 */
export function canManageProcedure(actor: Actor, permission: Permission, ownerPath: string | null): boolean {
  if (ownerPath) return canAccessUnit(actor, permission, ownerPath);
  return scopePaths(actor, permission).some(isRootPath);
}

export function assertCanManageProcedure(actor: Actor, permission: Permission, ownerPath: string | null): void {
  if (!canManageProcedure(actor, permission, ownerPath)) throw new AppError('OUT_OF_SCOPE');
}

export function assertUnitsInScope(actor: Actor, permission: Permission, units: { path: string }[]): void {
  if (!units.every((u) => canAccessUnit(actor, permission, u.path))) throw new AppError('OUT_OF_SCOPE');
}
