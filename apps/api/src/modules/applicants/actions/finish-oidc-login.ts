import { createSession } from '../../../platform/auth/sessions.ts';
import { withUnitOfWork, type AppContext, type UnitOfWork } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId, sha256Hex } from '../../../platform/ids.ts';
import { findAccount, findIdentity, insertAccount, insertIdentity, takeOidcRequest, takenContacts, touchIdentity, updateAccount } from '../applicants.queries.ts';
import { replaceOpenContactCodes } from '../contact-codes.queries.ts';
import { profileFromClaims } from '../oidc/claims.ts';
import type { OidcClaims, OidcRelyingParty } from '../oidc/oidc-client.ts';

interface FinishInput {
  callbackUrl: URL;
  browserToken: string | undefined;
  userAgent?: string;
  requestId: string;
}

const refused = (internal: string) => new AppError('BAD_REQUEST', { detail: 'Phiên đăng nhập qua định danh điện tử không hợp lệ hoặc đã hết hạn.', internal });

/**
 * A new account from the provider's claims; an e-mail or phone already used by another account is left out. The
 * provider's word that it verified the e-mail or phone is taken; anything else starts unverified (no code is sent
 * unasked: the applicant did not type that address here, and asks for a code on the profile page).
 */
async function createAccountFromClaims(uow: UnitOfWork, claims: OidcClaims): Promise<{ id: string; verified: string[] }> {
  const { trx } = uow;
  const profile = profileFromClaims(claims, uow.now.slice(0, 10));
  const taken = await takenContacts(trx, profile);
  const id = newId();
  const email = taken.email ? null : profile.email;
  const phone = taken.phone ? null : profile.phone;
  const emailVerified = Boolean(email && profile.emailVerified);
  const phoneVerified = Boolean(phone && profile.phoneVerified);
  await insertAccount(trx, {
    id, kind: 'individual', full_name: profile.fullName, citizen_id: profile.citizenId, date_of_birth: profile.dateOfBirth, address: profile.address,
    email, email_verified: emailVerified ? 1 : 0, phone, phone_verified: phoneVerified ? 1 : 0,
    password_hash: null, organisation_name: null, tax_code: null, failed_login_count: 0, locked_until: null, created_at: uow.now, updated_at: uow.now, confirmed_at: uow.now,
  });
  const verified = [emailVerified ? 'email' : null, phoneVerified ? 'phone' : null].filter((c) => c !== null);
  await insertIdentity(trx, { id: newId(), account_id: id, issuer: claims.iss, subject: claims.sub, created_at: uow.now, last_login_at: uow.now });
  return { id, verified };
}

/** A later sign-in: the account's unverified e-mail or phone is proved when the provider now vouches for that very value. */
async function takeProviderVerification(uow: UnitOfWork, accountId: string, claims: OidcClaims, requestId: string): Promise<void> {
  const account = await findAccount(uow.trx, accountId);
  if (!account) return;
  const profile = profileFromClaims(claims, uow.now.slice(0, 10));
  const proved = [
    account.email && account.email_verified !== 1 && profile.emailVerified && profile.email === account.email ? ('email' as const) : null,
    account.phone && account.phone_verified !== 1 && profile.phoneVerified && profile.phone === account.phone ? ('phone' as const) : null,
  ].filter((c) => c !== null);
  for (const channel of proved) {
    await updateAccount(uow.trx, account.id, channel === 'email' ? { email_verified: 1, updated_at: uow.now } : { phone_verified: 1, updated_at: uow.now });
    await replaceOpenContactCodes(uow.trx, account.id, uow.now, channel);
    await uow.audit({ actor: { kind: 'applicant', id: account.id }, action: 'applicant.contact_verified', entityType: 'applicant_account', entityId: account.id, data: { channel, via: 'oidc', issuer: claims.iss }, requestId });
  }
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
      await takeProviderVerification(uow, accountId, claims, input.requestId);
    } else {
      const created = await createAccountFromClaims(uow, claims);
      accountId = created.id;
      // `verified`: the contacts taken as proved on the provider's word.
      await uow.audit({ actor: { kind: 'applicant', id: accountId }, action: 'applicant.registered', entityType: 'applicant_account', entityId: accountId, data: { kind: 'individual', via: 'oidc', issuer: claims.iss, verified: created.verified }, requestId: input.requestId });
    }
    const session = await createSession(uow.trx, ctx.config.session, uow.now, { kind: 'applicant', id: accountId }, input.userAgent);
    await uow.audit({ actor: { kind: 'applicant', id: accountId }, action: 'auth.login', entityType: 'applicant_account', entityId: accountId, data: { via: 'oidc', issuer: claims.iss }, requestId: input.requestId });
    return { accountId, token: session.token, returnTo: pending.return_to };
  });
}
