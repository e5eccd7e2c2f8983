import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addMinutes } from '../clock.ts';
import { withUnitOfWork, type AppContext } from '../context.ts';
import { AppError } from '../errors.ts';

/** The lockout columns every password account has (officers, applicant accounts), each in its own module's table. */
export interface LockableAccount {
  id: string;
  failed_login_count: number;
  locked_until: string | null;
}

export type LockoutChange = Pick<LockableAccount, 'failed_login_count' | 'locked_until'>;

/** What a successful sign-in writes: the failure count starts again and any lock is lifted. */
export const clearedLockout: LockoutChange = { failed_login_count: 0, locked_until: null };

/** Refuses the sign-in while the account is locked, saying until when. */
export function assertNotLocked(account: LockableAccount, now: Date): void {
  if (account.locked_until && account.locked_until > now.toISOString()) {
    throw new AppError('ACCOUNT_LOCKED', { extensions: { lockedUntil: account.locked_until } });
  }
}

export interface FailedLogin {
  account: LockableAccount;
  actorKind: 'officer' | 'applicant';
  /** The audit entry's entity type, the account's table in the singular. */
  entityType: string;
  /** Writes the change to the owning module's table (its own query). */
  update: (trx: Transaction<DB>, id: string, change: LockoutChange) => Promise<unknown>;
  /** More for the audit entry, e.g. which factor failed. */
  data?: Record<string, unknown>;
  requestId: string;
}

/**
 * Counts a failed attempt and locks the account for `login.lockMinutes` after `login.maxFailures` in a row, with
 * its audit entry, in a transaction of its own: committed before the caller throws its error.
 */
export async function recordFailedLogin(ctx: AppContext, failed: FailedLogin): Promise<void> {
  const { account } = failed;
  await withUnitOfWork(ctx, async (uow) => {
    const failures = account.failed_login_count + 1;
    const lock = failures >= ctx.config.login.maxFailures;
    await failed.update(uow.trx, account.id, {
      failed_login_count: lock ? 0 : failures,
      locked_until: lock ? addMinutes(uow.now, ctx.config.login.lockMinutes) : account.locked_until,
    });
    await uow.audit({
      actor: { kind: failed.actorKind, id: account.id },
      action: lock ? 'auth.account_locked' : 'auth.login_failed',
      entityType: failed.entityType,
      entityId: account.id,
      data: { ...failed.data, failures },
      requestId: failed.requestId,
    });
  });
}
