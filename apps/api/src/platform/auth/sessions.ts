import type { Kysely } from 'kysely';
import type { Executor } from '../../db/executor.ts';
import type { DB } from '../../db/schema.ts';
import { addMinutes } from '../clock.ts';
import { randomToken, sha256Hex } from '../ids.ts';
import { deleteSession, findSession, insertSession, touchSession, type SessionRow } from './sessions.queries.ts';

/** The session cookie's name over plain http (development, tests). */
export const SESSION_COOKIE = 'motcua_session';

/**
 * Over https the name carries the `__Host-` prefix: browsers then accept it only Secure, for Path=/ and without a
 * Domain, so a sibling subdomain or a plain-http page cannot plant or shadow it.
 */
export const sessionCookieName = (session: { secureCookie: boolean }) => (session.secureCookie ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE);

/** How the browser keeps the session cookie (officers and applicants alike); also what clears it. */
export const sessionCookieOptions = (session: { secureCookie: boolean }) => ({ path: '/', httpOnly: true, sameSite: 'lax' as const, secure: session.secureCookie });

/** The session cookie set at sign-in: it lasts as long as the session can. */
export const signedInCookieOptions = (session: { secureCookie: boolean; absoluteHours: number }) => ({ ...sessionCookieOptions(session), maxAge: session.absoluteHours * 3600 });

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** Creates a server-side session; only the token's hash is stored, the token itself goes to the cookie. */
export async function createSession(
  ex: Executor,
  policy: SessionPolicy,
  now: string,
  principal: { kind: 'officer' | 'applicant'; id: string },
  userAgent: string | undefined,
): Promise<{ token: string; csrfToken: string; row: SessionRow }> {
  const token = randomToken();
  const row: SessionRow = {
    id: sha256Hex(token),
    principal_kind: principal.kind,
    principal_id: principal.id,
    csrf_token: randomToken(24),
    created_at: now,
    last_seen_at: now,
    idle_expires_at: addMinutes(now, policy.idleMinutes),
    absolute_expires_at: addMinutes(now, policy.absoluteHours * 60),
    user_agent: userAgent?.slice(0, 300) ?? null,
  };
  await insertSession(ex, row);
  return { token, csrfToken: row.csrf_token, row };
}

/** Finds a live session and slides its idle expiry (written at most once a minute to spare the database). */
export async function resumeSession(db: Kysely<DB>, policy: SessionPolicy, now: string, token: string): Promise<SessionRow | undefined> {
  const id = sha256Hex(token);
  const row = await findSession(db, id);
  if (!row) return undefined;
  if (row.idle_expires_at <= now || row.absolute_expires_at <= now) {
    await deleteSession(db, id);
    return undefined;
  }
  if (Date.parse(now) - Date.parse(row.last_seen_at) > 60_000) {
    const idle = addMinutes(now, policy.idleMinutes);
    await touchSession(db, id, now, idle);
    return { ...row, last_seen_at: now, idle_expires_at: idle };
  }
  return row;
}
