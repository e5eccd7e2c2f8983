import { roles, type Me, type Officer, type OrgUnit, type RoleCode } from '@motcua/shared';
import type { Actor } from '../../platform/auth/actor.ts';
import type { OfficerRow, OrgUnitRow } from './identity.queries.ts';

export const presentOrgUnit = (r: OrgUnitRow): OrgUnit => ({
  id: r.id,
  parentId: r.parent_id,
  code: r.code,
  name: r.name,
  shortName: r.short_name,
  kind: r.kind,
  levelCode: r.level_code,
  isActive: r.is_active === 1,
  depth: r.depth,
});

export interface GrantRow {
  officer_id: string;
  role: string;
  org_unit_id: string;
  org_unit_name: string;
}

/** `delayed_until`: when the officer's name may next try to sign in from any address, if it is being delayed. */
export function presentOfficer(r: OfficerRow & { delayed_until?: string | null }, grants: GrantRow[], now: string): Officer {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    email: r.email,
    isActive: r.is_active === 1,
    totpEnabled: r.totp_enabled === 1,
    lockedUntil: r.delayed_until && Date.parse(r.delayed_until) > Date.parse(now) ? new Date(r.delayed_until).toISOString() : null,
    roles: grants.filter((g) => g.officer_id === r.id).map((g) => ({ role: g.role as RoleCode, orgUnitId: g.org_unit_id, orgUnitName: g.org_unit_name })),
    createdAt: r.created_at,
  };
}

export function presentMe(actor: Actor): Me {
  return {
    kind: actor.kind,
    id: actor.id,
    username: actor.username,
    fullName: actor.fullName,
    roles: actor.grants.map((g) => ({ role: g.role, orgUnitId: g.orgUnitId, orgUnitName: g.orgUnitName })),
    permissions: [...new Set(actor.grants.flatMap((g) => g.permissions))],
    totpEnabled: actor.totpEnabled,
    mustEnrolTotp: actor.mustEnrolTotp,
    csrfToken: actor.csrfToken,
  };
}

export const presentRoles = (totpRequiredRoles: readonly RoleCode[]) =>
  Object.values(roles).map((r) => ({ code: r.code, name: r.name.vi, nameEn: r.name.en, permissions: [...r.permissions], requiresTotp: totpRequiredRoles.includes(r.code) }));
