import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { SessionRow } from '../../platform/auth/sessions.queries.ts';
import { AppError } from '../../platform/errors.ts';
import { loginNameOf } from './applicants.presenter.ts';
import { findAccount } from './applicants.queries.ts';

/** Turns a live applicant session into the actor the routes see; null for any other principal. */
export function applicantActorLoader(db: Kysely<DB>) {
  return async (session: SessionRow): Promise<Actor | null> => {
    if (session.principal_kind !== 'applicant') return null;
    const account = await findAccount(db, session.principal_id);
    if (!account) return null;
    return {
      kind: 'applicant',
      id: account.id,
      username: loginNameOf(account),
      fullName: account.full_name,
      sessionId: session.id,
      csrfToken: session.csrf_token,
      totpEnabled: false,
      mustEnrolTotp: false,
      grants: [],
    };
  };
}

/** The signed-in applicant of a portal route (declared with `config: { auth: 'applicant' }`). */
export function requireApplicant(request: FastifyRequest): { id: string; fullName: string } {
  const actor = request.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (actor.kind !== 'applicant') throw new AppError('FORBIDDEN');
  return { id: actor.id, fullName: actor.fullName };
}
