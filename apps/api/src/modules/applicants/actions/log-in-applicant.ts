import { normaliseLoginIdentifier, type ApplicantLoginBody } from '@motcua/shared';
import { addMinutes } from '../../../platform/clock.ts';
import { createSession } from '../../../platform/auth/sessions.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { burnPasswordCheck, verifyPassword } from '../../identity/index.ts';
import { findAccountByEmail, findAccountByPhone, updateAccount, type ApplicantAccountRow } from '../applicants.queries.ts';

interface LogInInput extends ApplicantLoginBody {
  userAgent?: string;
  requestId: string;
}

// The same answer for an unknown account and a wrong password, so the form cannot tell who is registered.
const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', { detail: 'Email/số điện thoại hoặc mật khẩu không đúng.' });

async function findByIdentifier(ctx: AppContext, identifier: string): Promise<ApplicantAccountRow | undefined> {
  const key = normaliseLoginIdentifier(identifier);
  if (!key) return undefined;
  return 'email' in key ? findAccountByEmail(ctx.db, key.email) : findAccountByPhone(ctx.db, key.phone);
}

/** Counts a failed attempt and locks the account for a while after too many; committed before the error is thrown. */
async function recordFailure(ctx: AppContext, account: ApplicantAccountRow, requestId: string): Promise<void> {
  await withUnitOfWork(ctx, async (uow) => {
    const failures = account.failed_login_count + 1;
    const lock = failures >= ctx.config.login.maxFailures;
    await updateAccount(uow.trx, account.id, {
      failed_login_count: lock ? 0 : failures,
      locked_until: lock ? addMinutes(uow.now, ctx.config.login.lockMinutes) : account.locked_until,
    });
    await uow.audit({
      actor: { kind: 'applicant', id: account.id },
      action: lock ? 'auth.account_locked' : 'auth.login_failed',
      entityType: 'applicant_account',
      entityId: account.id,
      data: { failures },
      requestId,
    });
  });
}

export async function logInApplicant(ctx: AppContext, input: LogInInput) {
  const account = await findByIdentifier(ctx, input.identifier);
  if (!account || !account.password_hash) {
    await burnPasswordCheck(input.password);
    throw invalidCredentials();
  }
  if (account.locked_until && account.locked_until > ctx.clock.now().toISOString()) {
    throw new AppError('ACCOUNT_LOCKED', { extensions: { lockedUntil: account.locked_until } });
  }
  if (!(await verifyPassword(account.password_hash, input.password))) {
    await recordFailure(ctx, account, input.requestId);
    throw invalidCredentials();
  }
  return withUnitOfWork(ctx, async (uow) => {
    await updateAccount(uow.trx, account.id, { failed_login_count: 0, locked_until: null });
    const session = await createSession(uow.trx, ctx.config.session, uow.now, { kind: 'applicant', id: account.id }, input.userAgent);
    await uow.audit({ actor: { kind: 'applicant', id: account.id }, action: 'auth.login', entityType: 'applicant_account', entityId: account.id, data: { via: 'password' }, requestId: input.requestId });
    return { account, token: session.token, csrfToken: session.csrfToken };
  });
}
