import { createSession } from '../../../platform/auth/sessions.ts';
import { withUnitOfWork, type AppContext, type UnitOfWork } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId, sha256Hex } from '../../../platform/ids.ts';
import { findIdentity, insertAccount, insertIdentity, takeOidcRequest, takenContacts, touchIdentity } from '../applicants.queries.ts';
import { profileFromClaims } from '../oidc/claims.ts';
import type { OidcClaims, OidcRelyingParty } from '../oidc/oidc-client.ts';

interface FinishInput {
  callbackUrl: URL;
  browserToken: string | undefined;
  userAgent?: string;
  requestId: string;
}

const refused = (internal: string) => new AppError('BAD_REQUEST', { detail: 'Phiên đăng nhập qua định danh điện tử không hợp lệ hoặc đã hết hạn.', internal });

/** A new account from the provider's claims; an e-mail or phone already used by another account is left out. */
async function createAccountFromClaims(uow: UnitOfWork, claims: OidcClaims): Promise<string> {
  const { trx } = uow;
  const profile = profileFromClaims(claims, uow.now.slice(0, 10));
  const taken = await takenContacts(trx, profile);
  const id = newId();
  await insertAccount(trx, {
    id, kind: 'individual', full_name: profile.fullName, citizen_id: profile.citizenId, date_of_birth: profile.dateOfBirth, address: profile.address,
    email: taken.email ? null : profile.email, email_verified: profile.email && !taken.email ? 1 : 0, phone: taken.phone ? null : profile.phone,
    password_hash: null, organisation_name: null, tax_code: null, failed_login_count: 0, locked_until: null, created_at: uow.now, updated_at: uow.now,
  });
  await insertIdentity(trx, { id: newId(), account_id: id, issuer: claims.iss, subject: claims.sub, created_at: uow.now, last_login_at: uow.now });
  return id;
}

/**
 * Completes the sign-in: the state must be one this browser started and not yet used; the code is exchanged and the ID
 * token verified; the identity (issuer + subject) signs in to its linked account, or a new account is created.
 */
export async function finishOidcLogin(ctx: AppContext, rp: OidcRelyingParty, input: FinishInput) {
  const state = input.callbackUrl.searchParams.get('state');
  if (!state || !input.browserToken) throw refused('missing state or browser binding');
  const pending = await takeOidcRequest(ctx.db, sha256Hex(state));
  if (!pending) throw refused('unknown or used state');
  if (pending.browser_hash !== sha256Hex(input.browserToken)) throw refused('state started in another browser');
  if (pending.expires_at <= ctx.clock.now().toISOString()) throw refused('state expired');
  if (input.callbackUrl.searchParams.has('error')) throw refused(`provider answered ${input.callbackUrl.searchParams.get('error')}`);

  const claims = await rp.exchange(input.callbackUrl, { state, nonce: pending.nonce, codeVerifier: pending.code_verifier });
  return withUnitOfWork(ctx, async (uow) => {
    const identity = await findIdentity(uow.trx, claims.iss, claims.sub);
    let accountId: string;
    if (identity) {
      accountId = identity.account_id;
      await touchIdentity(uow.trx, identity.id, uow.now);
    } else {
      accountId = await createAccountFromClaims(uow, claims);
      await uow.audit({ actor: { kind: 'applicant', id: accountId }, action: 'applicant.registered', entityType: 'applicant_account', entityId: accountId, data: { kind: 'individual', via: 'oidc', issuer: claims.iss }, requestId: input.requestId });
    }
    const session = await createSession(uow.trx, ctx.config.session, uow.now, { kind: 'applicant', id: accountId }, input.userAgent);
    await uow.audit({ actor: { kind: 'applicant', id: accountId }, action: 'auth.login', entityType: 'applicant_account', entityId: accountId, data: { via: 'oidc', issuer: claims.iss }, requestId: input.requestId });
    return { accountId, token: session.token, returnTo: pending.return_to };
  });
}
