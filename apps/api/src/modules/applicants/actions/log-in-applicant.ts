import { normaliseLoginIdentifier, type ApplicantLoginBody } from '@motcua/shared';
import { assertNotLocked, clearedLockout, recordFailedLogin } from '../../../platform/auth/login-lockout.ts';
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

export async function logInApplicant(ctx: AppContext, input: LogInInput) {
  const account = await findByIdentifier(ctx, input.identifier);
  if (!account || !account.password_hash) {
    await burnPasswordCheck(input.password);
    throw invalidCredentials();
  }
  assertNotLocked(account, ctx.clock.now());
  if (!(await verifyPassword(account.password_hash, input.password))) {
    await recordFailedLogin(ctx, { account, actorKind: 'applicant', entityType: 'applicant_account', update: updateAccount, requestId: input.requestId });
    throw invalidCredentials();
  }
  return withUnitOfWork(ctx, async (uow) => {
    await updateAccount(uow.trx, account.id, clearedLockout);
    const session = await createSession(uow.trx, ctx.config.session, uow.now, { kind: 'applicant', id: account.id }, input.userAgent);
    await uow.audit({ actor: { kind: 'applicant', id: account.id }, action: 'auth.login', entityType: 'applicant_account', entityId: account.id, data: { via: 'password' }, requestId: input.requestId });
    return { account, token: session.token, csrfToken: session.csrfToken };
  });
}
