import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AppContext } from '../../platform/context.ts';
import type { JobWorker } from '../../platform/jobs/jobs.ts';
import type { DossierEvents } from '../dossiers/index.ts';
import type { NotificationChannel } from '../notifications/index.ts';
import { sendContactCode } from './actions/send-contact-code.ts';
import { REGISTRATION_NOTICE_JOB, sendRegistrationNotice, type RegistrationNoticePayload } from './actions/send-registration-notice.ts';
import { findContact, findIdentifiers } from './applicants.queries.ts';
import { CONTACT_CODE_JOB } from './contact-code.ts';
import { contactVerificationRoutes } from './contact-verification.routes.ts';
import { demoIdpRoutes } from './demo-idp.routes.ts';
import { OidcRelyingParty } from './oidc/oidc-client.ts';
import { DEMO_IDP_PATH, oidcSettings } from './oidc/provider-name.ts';
import { oidcRoutes } from './oidc.routes.ts';
import { portalAuthRoutes } from './portal-auth.routes.ts';
import { profileRoutes } from './profile.routes.ts';

export { applicantActorLoader, requireApplicant } from './applicant-actor.ts';
export { seedDemoApplicant, DEMO_APPLICANT } from './demo-applicant.ts';

/**
 * How to reach an applicant (for notifications): only the e-mail address and phone number the account has proved
 * (null otherwise, so the dossier's own contact is used); undefined for an unknown account. Never log what it returns.
 */
export async function findApplicantContact(
  db: Kysely<DB>,
  accountId: string,
): Promise<{ email: string | null; phone: string | null; unverified: string[]; fullName: string } | undefined> {
  const row = await findContact(db, accountId);
  if (!row) return undefined;
  // The unverified ones are named so that the same address typed into the account's dossiers is not used either.
  const unverified = [row.email_verified === 1 ? null : row.email, row.phone_verified === 1 ? null : row.phone].filter((v): v is string => !!v);
  return { email: row.email_verified === 1 ? row.email : null, phone: row.phone_verified === 1 ? row.phone : null, unverified, fullName: row.full_name };
}

/** Who the account is, as far as identity goes: its kind and its citizen ID or tax code (null until the profile has it). */
export async function findApplicantIdentity(db: Kysely<DB>, accountId: string): Promise<{ kind: 'individual' | 'organisation'; identifier: string | null } | undefined> {
  const row = await findIdentifiers(db, accountId);
  if (!row) return undefined;
  return row.kind === 'organisation' ? { kind: 'organisation', identifier: row.tax_code } : { kind: 'individual', identifier: row.citizen_id };
}

/** `channels`: the notifications module's (it owns and closes them); verification codes go out through them. */
export function applicantsModule(app: FastifyInstance, ctx: AppContext, worker: JobWorker, _dossierEvents: DossierEvents, channels: readonly NotificationChannel[]): void {
  const settings = oidcSettings(ctx.config);
  worker.register(CONTACT_CODE_JOB, (payload) => sendContactCode({ ctx, channels, logCode: (msg, extra) => app.log.info(extra, msg) }, payload as { codeId: string; registration?: boolean }));
  worker.register(REGISTRATION_NOTICE_JOB, (payload) => sendRegistrationNotice(ctx, channels, payload as RegistrationNoticePayload));
  portalAuthRoutes(app, ctx, settings);
  profileRoutes(app, ctx);
  contactVerificationRoutes(app, ctx);
  oidcRoutes(app, ctx, settings ? new OidcRelyingParty(settings) : null);
  if (settings && ctx.config.demoIdp && settings.issuer === `${ctx.config.publicBaseUrl}${DEMO_IDP_PATH}`) demoIdpRoutes(app, settings);
}
