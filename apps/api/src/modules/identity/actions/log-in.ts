import type { LoginBody } from '@motcua/shared';
import { claimLoginAttempt, clearLoginClaims, loginThrottled, type LoginClaim } from '../../../platform/auth/login-throttle.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { createSession } from '../../../platform/auth/sessions.ts';
import { AppError } from '../../../platform/errors.ts';
import { findOfficerByUsername, useTotpStep, type OfficerRow } from '../identity.queries.ts';
import { burnPasswordCheck, verifyPassword } from '../password.ts';
import { checkTotp } from '../totp.ts';

interface LogInInput extends LoginBody {
  userAgent?: string;
  clientAddress: string;
  requestId: string;
}

/** What sign-in attempts of an officer are counted against (see claimLoginAttempt). */
export const officerLoginSubject = (username: string) => `officer:${username}`;

/**
 * The audit entries of a failed attempt (and of the wait it starts), in a transaction of their own: committed
 * before the error is thrown. Attempts refused while waiting write none, so a flood cannot flood the audit chain.
 */
const auditFailure = (ctx: AppContext, officer: OfficerRow | undefined, reason: 'password' | 'totp' | 'totp_reused', claim: LoginClaim & { allowed: true }, requestId: string) =>
  withUnitOfWork(ctx, async (uow) => {
    const entry = {
      actor: officer ? ({ kind: 'officer', id: officer.id } as const) : ({ kind: 'system', id: null } as const),
      entityType: 'officer',
      entityId: officer?.id ?? null,
      requestId,
    };
    await uow.audit({ ...entry, action: 'auth.login_failed', data: { reason: officer ? reason : 'unknown_account' } });
    if (claim.delaySeconds > 0) await uow.audit({ ...entry, action: 'auth.login_throttled', data: { retryAfterSeconds: claim.delaySeconds } });
  });

/**
 * An unknown name, an inactive officer and a wrong password get the same answer after the same password work;
 * a delayed name gets the same 429 whether it exists or not. The attempt is counted before the password is checked.
 */
export async function logIn(ctx: AppContext, input: LogInInput) {
  const username = input.username.trim().toLowerCase();
  const claim = await claimLoginAttempt(ctx, officerLoginSubject(username), input.clientAddress);
  if (!claim.allowed) throw loginThrottled(claim.retryAfterSeconds);
  const found = await findOfficerByUsername(ctx.db, username);
  const officer = found?.is_active === 1 ? found : undefined;
  if (!officer) {
    await burnPasswordCheck(input.password);
    await auditFailure(ctx, undefined, 'password', claim, input.requestId);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!(await verifyPassword(officer.password_hash, input.password))) {
    await auditFailure(ctx, officer, 'password', claim, input.requestId);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (officer.totp_enabled === 1 && officer.totp_secret) {
    if (!input.totpCode) throw new AppError('TOTP_REQUIRED');
    const step = await checkTotp(officer.totp_secret, input.totpCode, ctx.clock.now());
    if (step === null || !(await useTotpStep(ctx.db, officer.id, step))) {
      await auditFailure(ctx, officer, step === null ? 'totp' : 'totp_reused', claim, input.requestId);
      throw new AppError('TOTP_INVALID');
    }
  }
  return withUnitOfWork(ctx, async (uow) => {
    await clearLoginClaims(uow.trx, claim);
    const session = await createSession(uow.trx, ctx.config.session, uow.now, { kind: 'officer', id: officer.id }, input.userAgent);
    await uow.audit({ actor: { kind: 'officer', id: officer.id }, action: 'auth.login', entityType: 'officer', entityId: officer.id, requestId: input.requestId });
    return { token: session.token, sessionId: session.row.id };
  });
}
