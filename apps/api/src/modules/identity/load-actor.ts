import { roles, type RoleCode } from '@motcua/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor, RoleGrant } from '../../platform/auth/actor.ts';
import type { SessionRow } from '../../platform/auth/sessions.queries.ts';
import { findOfficer, officerGrants } from './identity.queries.ts';

export async function loadOfficerGrants(db: Kysely<DB>, officerId: string): Promise<RoleGrant[]> {
  const rows = await officerGrants(db, [officerId]);
  return rows.map((g) => ({
    role: g.role as RoleCode,
    orgUnitId: g.org_unit_id,
    orgUnitName: g.org_unit_name,
    orgUnitPath: g.org_unit_path,
    permissions: roles[g.role as RoleCode]?.permissions ?? [],
  }));
}

/** An officer holding a role of TOTP_REQUIRED_ROLES uses nothing but enrolment until their second factor is on. */
export const mustEnrolTotp = (grants: RoleGrant[], totpEnabled: boolean, totpRequiredRoles: readonly RoleCode[]) =>
  !totpEnabled && grants.some((g) => totpRequiredRoles.includes(g.role));

/** Turns a live session into the actor the routes see. Applicant sessions come with the portal module. */
export function actorLoader(db: Kysely<DB>, totpRequiredRoles: readonly RoleCode[]) {
  return async (session: SessionRow): Promise<Actor | null> => {
    if (session.principal_kind !== 'officer') return null;
    const officer = await findOfficer(db, session.principal_id);
    if (!officer || officer.is_active !== 1) return null;
    const grants = await loadOfficerGrants(db, officer.id);
    const totpEnabled = officer.totp_enabled === 1;
    return {
      kind: 'officer',
      id: officer.id,
      username: officer.username,
      fullName: officer.full_name,
      sessionId: session.id,
      csrfToken: session.csrf_token,
      totpEnabled,
      mustEnrolTotp: mustEnrolTotp(grants, totpEnabled, totpRequiredRoles),
      grants,
    };
  };
}
