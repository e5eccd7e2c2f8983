import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AppContext } from '../../platform/context.ts';
import type { JobWorker } from '../../platform/jobs/jobs.ts';
import type { DossierEvents } from '../dossiers/index.ts';
import { findContact, findIdentifiers } from './applicants.queries.ts';
import { demoIdpRoutes } from './demo-idp.routes.ts';
import { OidcRelyingParty } from './oidc/oidc-client.ts';
import { DEMO_IDP_PATH, oidcSettings } from './oidc/provider-name.ts';
import { oidcRoutes } from './oidc.routes.ts';
import { portalAuthRoutes } from './portal-auth.routes.ts';
import { profileRoutes } from './profile.routes.ts';

export { applicantActorLoader, requireApplicant } from './applicant-actor.ts';
export { seedDemoApplicant, DEMO_APPLICANT } from './demo-applicant.ts';

/** How to reach an applicant (for notifications); undefined for an unknown account. Never log what it returns. */
export async function findApplicantContact(db: Kysely<DB>, accountId: string): Promise<{ email: string | null; phone: string | null; fullName: string } | undefined> {
  const row = await findContact(db, accountId);
  return row ? { email: row.email, phone: row.phone, fullName: row.full_name } : undefined;
}

/** Who the account is, as far as identity goes: its kind and its citizen ID or tax code (null until the profile has it). */
export async function findApplicantIdentity(db: Kysely<DB>, accountId: string): Promise<{ kind: 'individual' | 'organisation'; identifier: string | null } | undefined> {
  const row = await findIdentifiers(db, accountId);
  if (!row) return undefined;
  return row.kind === 'organisation' ? { kind: 'organisation', identifier: row.tax_code } : { kind: 'individual', identifier: row.citizen_id };
}

export function applicantsModule(app: FastifyInstance, ctx: AppContext, _worker: JobWorker, _dossierEvents: DossierEvents): void {
  const settings = oidcSettings(ctx.config);
  portalAuthRoutes(app, ctx, settings);
  profileRoutes(app, ctx);
  oidcRoutes(app, ctx, settings ? new OidcRelyingParty(settings) : null);
  if (settings && ctx.config.demoIdp && settings.issuer === `${ctx.config.publicBaseUrl}${DEMO_IDP_PATH}`) demoIdpRoutes(app, settings);
}
