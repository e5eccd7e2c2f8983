import type { Permission, RoleCode } from '@motcua/shared';

export interface RoleGrant {
  role: RoleCode;
  orgUnitId: string;
  orgUnitName: string;
  /** Materialised path of the unit: a grant covers the unit and its whole subtree. */
  orgUnitPath: string;
  permissions: readonly Permission[];
}

export interface Actor {
  kind: 'officer' | 'applicant';
  id: string;
  username: string;
  fullName: string;
  sessionId: string;
  csrfToken: string;
  totpEnabled: boolean;
  mustEnrolTotp: boolean;
  grants: RoleGrant[];
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.grants.some((g) => g.permissions.includes(permission));
}

/** The unit subtrees where the actor holds a permission: queries filter by these path prefixes. */
export function scopePaths(actor: Actor, permission: Permission): string[] {
  const paths = actor.grants.filter((g) => g.permissions.includes(permission)).map((g) => g.orgUnitPath);
  return paths.filter((p) => !paths.some((other) => other !== p && p.startsWith(other)));
}

export function canAccessUnit(actor: Actor, permission: Permission, unitPath: string): boolean {
  return scopePaths(actor, permission).some((p) => unitPath.startsWith(p));
}

export const actorRef = (actor: Actor | null) =>
  actor ? { kind: actor.kind, id: actor.id } : ({ kind: 'system', id: null } as const);
