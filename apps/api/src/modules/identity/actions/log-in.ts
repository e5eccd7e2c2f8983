import type { LoginBody } from '@motcua/shared';
import { addMinutes } from '../../../platform/clock.ts';
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

/** Counts a failed attempt and locks the account for a while after too many; committed before the error is thrown. */
async function recordFailure(ctx: AppContext, officer: OfficerRow, reason: string, requestId: string): Promise<void> {
  await withUnitOfWork(ctx, async (uow) => {
    const failures = officer.failed_login_count + 1;
    const lock = failures >= ctx.config.login.maxFailures;
    await updateOfficer(uow.trx, officer.id, {
      failed_login_count: lock ? 0 : failures,
      locked_until: lock ? addMinutes(uow.now, ctx.config.login.lockMinutes) : officer.locked_until,
    });
    await uow.audit({
      actor: { kind: 'officer', id: officer.id },
      action: lock ? 'auth.account_locked' : 'auth.login_failed',
      entityType: 'officer',
      entityId: officer.id,
      data: { reason, failures },
      requestId,
    });
  });
}

export async function logIn(ctx: AppContext, input: LogInInput) {
  const officer = await findOfficerByUsername(ctx.db, input.username.trim().toLowerCase());
  if (!officer || officer.is_active !== 1) {
    await burnPasswordCheck(input.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  const now = ctx.clock.now();
  if (officer.locked_until && officer.locked_until > now.toISOString()) {
    throw new AppError('ACCOUNT_LOCKED', { extensions: { lockedUntil: officer.locked_until } });
  }
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
    await updateOfficer(uow.trx, officer.id, { failed_login_count: 0, locked_until: null });
    const session = await createSession(uow.trx, ctx.config.session, uow.now, { kind: 'officer', id: officer.id }, input.userAgent);
    await uow.audit({ actor: { kind: 'officer', id: officer.id }, action: 'auth.login', entityType: 'officer', entityId: officer.id, requestId: input.requestId });
    return { token: session.token, sessionId: session.row.id };
  });
}
