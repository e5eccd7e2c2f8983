import * as client from 'openid-client';
import { addMinutes } from '../../../platform/clock.ts';
import type { AppContext } from '../../../platform/context.ts';
import { randomToken, sha256Hex } from '../../../platform/ids.ts';
import { deleteExpiredOidcRequests, insertOidcRequest } from '../applicants.queries.ts';
import type { OidcRelyingParty } from '../oidc/oidc-client.ts';

export const OIDC_REQUEST_MINUTES = 10;

/** Only a path of this site is accepted as a return address, so the sign-in cannot forward anyone elsewhere. */
export function safeReturnPath(value: string | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.startsWith('/api/')) return null;
  return value;
}

/**
 * Begins a sign-in with the identity provider: state, nonce and PKCE verifier are kept server-side under the hash
 * of the state and tied to this browser by a random token in a short-lived HTTP-only cookie.
 */
export async function startOidcLogin(ctx: AppContext, rp: OidcRelyingParty, returnTo: string | undefined) {
  const checks = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
  const redirectTo = await rp.authorizationUrl(checks);
  const browserToken = randomToken();
  const now = ctx.clock.now().toISOString();
  await deleteExpiredOidcRequests(ctx.db, now);
  await insertOidcRequest(ctx.db, {
    state_hash: sha256Hex(checks.state),
    browser_hash: sha256Hex(browserToken),
    code_verifier: checks.codeVerifier,
    nonce: checks.nonce,
    return_to: safeReturnPath(returnTo),
    created_at: now,
    expires_at: addMinutes(now, OIDC_REQUEST_MINUTES),
  });
  return { redirectTo: redirectTo.href, browserToken };
}
