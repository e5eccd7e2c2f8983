import { normaliseLoginIdentifier, type ApplicantLoginBody } from '@motcua/shared';
import { claimLoginAttempt, clearLoginClaims, loginThrottled } from '../../../platform/auth/login-throttle.ts';
import { createSession } from '../../../platform/auth/sessions.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { burnPasswordCheck, verifyPassword } from '../../identity/index.ts';
import { findAccountByEmail, findAccountByPhone } from '../applicants.queries.ts';

interface LogInInput extends ApplicantLoginBody {
  userAgent?: string;
  clientAddress: string;
  requestId: string;
}

// The same answer for an unknown account and a wrong password, so the form cannot tell who is registered.
const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', { detail: 'Email/số điện thoại hoặc mật khẩu không đúng.' });

/** The name the attempt is counted against: the normalised e-mail or phone, else what was typed. */
function subjectOf(identifier: string) {
  const key = normaliseLoginIdentifier(identifier);
  if (!key) return { subject: `applicant:${identifier.trim().toLowerCase()}`, key };
  return { subject: 'email' in key ? `applicant:email:${key.email}` : `applicant:phone:${key.phone}`, key };
}

/** Unknown account, wrong password and a delayed name answer alike, whether the account exists or not. */
export async function logInApplicant(ctx: AppContext, input: LogInInput) {
  const { subject, key } = subjectOf(input.identifier);
  const claim = await claimLoginAttempt(ctx, subject, input.clientAddress);
  if (!claim.allowed) throw loginThrottled(claim.retryAfterSeconds);
  const account = !key ? undefined : 'email' in key ? await findAccountByEmail(ctx.db, key.email) : await findAccountByPhone(ctx.db, key.phone);
  const failed = (reason: string) =>
    withUnitOfWork(ctx, async (uow) => {
      const entry = { actor: account ? ({ kind: 'applicant', id: account.id } as const) : ({ kind: 'system', id: null } as const), entityType: 'applicant_account', entityId: account?.id ?? null, requestId: input.requestId };
      await uow.audit({ ...entry, action: 'auth.login_failed', data: { reason } });
      if (claim.delaySeconds > 0) await uow.audit({ ...entry, action: 'auth.login_throttled', data: { retryAfterSeconds: claim.delaySeconds } });
    });
  if (!account?.password_hash) {
    await burnPasswordCheck(input.password);
    await failed('unknown_account');
    throw invalidCredentials();
  }
  // A registration whose code was never typed back answers like a wrong password, after the same work, so signing in
  // with the password just chosen cannot tell whether that registration created an account.
  const passwordOk = await verifyPassword(account.password_hash, input.password);
  if (!passwordOk || account.confirmed_at === null) {
    await failed(passwordOk ? 'unconfirmed' : 'password');
    throw invalidCredentials();
  }
  return withUnitOfWork(ctx, async (uow) => {
    await clearLoginClaims(uow.trx, claim);
    const session = await createSession(uow.trx, ctx.config.session, uow.now, { kind: 'applicant', id: account.id }, input.userAgent);
    await uow.audit({ actor: { kind: 'applicant', id: account.id }, action: 'auth.login', entityType: 'applicant_account', entityId: account.id, data: { via: 'password' }, requestId: input.requestId });
    return { account, token: session.token, csrfToken: session.csrfToken };
  });
}
