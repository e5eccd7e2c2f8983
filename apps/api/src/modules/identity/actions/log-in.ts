import type { LoginBody } from '@motcua/shared';
import { assertNotLocked, clearedLockout, recordFailedLogin } from '../../../platform/auth/login-lockout.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { createSession } from '../../../platform/auth/sessions.ts';
import { AppError } from '../../../platform/errors.ts';
import { findOfficerByUsername, updateOfficer, type OfficerRow } from '../identity.queries.ts';
import { burnPasswordCheck, verifyPassword } from '../password.ts';
import { checkTotp } from '../totp.ts';

interface LogInInput extends LoginBody {
  userAgent?: string;
  requestId: string;
}

/** Counts a failed attempt (and locks the officer out after too many); committed before the error is thrown. */
const recordFailure = (ctx: AppContext, officer: OfficerRow, reason: 'password' | 'totp', requestId: string) =>
  recordFailedLogin(ctx, { account: officer, actorKind: 'officer', entityType: 'officer', update: updateOfficer, data: { reason }, requestId });

export async function logIn(ctx: AppContext, input: LogInInput) {
  const officer = await findOfficerByUsername(ctx.db, input.username.trim().toLowerCase());
  if (!officer || officer.is_active !== 1) {
    await burnPasswordCheck(input.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  const now = ctx.clock.now();
  assertNotLocked(officer, now);
  if (!(await verifyPassword(officer.password_hash, input.password))) {
    await recordFailure(ctx, officer, 'password', input.requestId);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (officer.totp_enabled === 1 && officer.totp_secret) {
    if (!input.totpCode) throw new AppError('TOTP_REQUIRED');
    if (!(await checkTotp(officer.totp_secret, input.totpCode, now))) {
      await recordFailure(ctx, officer, 'totp', input.requestId);
      throw new AppError('TOTP_INVALID');
    }
  }
  return withUnitOfWork(ctx, async (uow) => {
    await updateOfficer(uow.trx, officer.id, clearedLockout);
    const session = await createSession(uow.trx, ctx.config.session, uow.now, { kind: 'officer', id: officer.id }, input.userAgent);
    await uow.audit({ actor: { kind: 'officer', id: officer.id }, action: 'auth.login', entityType: 'officer', entityId: officer.id, requestId: input.requestId });
    return { token: session.token, sessionId: session.row.id };
  });
}
