import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { deleteThrottles, deleteThrottlesIdleSince, deleteThrottlesOfSubject, findThrottle, insertThrottleIfAbsent, swapThrottle } from './login-throttles.queries.ts';

/** Failures older than this are forgotten: a typo today does not count against a sign-in next week. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;
/** Compare-and-set rounds before an attempt gives up under heavy contention (and is refused, which is safe). */
const MAX_ROUNDS = 50;

/** `delaySeconds`: this attempt used up the allowance and starts a wait (worth an audit entry if it fails). */
export type LoginClaim = { allowed: true; keys: string[]; delaySeconds: number } | { allowed: false; retryAfterSeconds: number };

interface Limit {
  key: string;
  /** Attempts allowed without waiting; from then on each one doubles the wait, from 1 s up to the cap. */
  freeAttempts: number;
}

/**
 * Claims one sign-in attempt for an account name (known or not) from a client address, BEFORE the password is
 * checked, so concurrent attempts each take a number and at most `maxFailures` run before the waits start.
 * The wait applies per (name, address), so a guesser elsewhere cannot lock the owner out, and per name over all
 * addresses with a higher allowance, so a guesser spread over many addresses is bounded too.
 * A successful sign-in clears the claims (clearLoginClaims); every other outcome leaves them counted.
 */
export async function claimLoginAttempt(ctx: AppContext, subject: string, address: string): Promise<LoginClaim> {
  const limits: Limit[] = [
    { key: `${subject}@${address}`, freeAttempts: ctx.config.login.maxFailures },
    { key: subject, freeAttempts: ctx.config.login.accountMaxFailures },
  ];
  const now = ctx.clock.now();
  let delaySeconds = 0;
  for (const limit of limits) {
    const claim = await claimOne(ctx.db, limit, now, ctx.config.login.lockMinutes * 60);
    if (claim.waitSeconds > 0) return { allowed: false, retryAfterSeconds: claim.waitSeconds };
    delaySeconds = Math.max(delaySeconds, claim.delaySeconds);
  }
  return { allowed: true, keys: limits.map((l) => l.key), delaySeconds };
}

/** waitSeconds > 0: refused, come back then; otherwise claimed, and delaySeconds is the wait it imposes on the next one. */
async function claimOne(db: Kysely<DB>, limit: Limit, now: Date, capSeconds: number): Promise<{ waitSeconds: number; delaySeconds: number }> {
  const nowIso = now.toISOString();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const row = await findThrottle(db, limit.key);
    if (!row) {
      // Housekeeping as names come and go (typos, guessed names): a row idle longer than any wait it can impose is gone.
      await deleteThrottlesIdleSince(db, new Date(now.getTime() - Math.max(FORGET_AFTER_MS, capSeconds * 1000)).toISOString());
      await insertThrottleIfAbsent(db, limit.key, nowIso);
      continue;
    }
    const nextAt = row.next_attempt_at ? Date.parse(row.next_attempt_at) : 0;
    if (nextAt > now.getTime()) return { waitSeconds: Math.ceil((nextAt - now.getTime()) / 1000), delaySeconds: 0 };
    const recent = Date.parse(row.last_attempt_at) > now.getTime() - FORGET_AFTER_MS;
    const failures = (recent ? row.failures : 0) + 1;
    const waitSeconds = failures >= limit.freeAttempts ? Math.min(2 ** (failures - limit.freeAttempts), capSeconds) : 0;
    const change = { failures, next_attempt_at: waitSeconds ? new Date(now.getTime() + waitSeconds * 1000).toISOString() : null, last_attempt_at: nowIso };
    if (await swapThrottle(db, limit.key, row.failures, change)) return { waitSeconds: 0, delaySeconds: waitSeconds };
  }
  return { waitSeconds: 1, delaySeconds: 0 };
}

/** A successful sign-in forgets the failures of its name and of its name from that address. */
export const clearLoginClaims = (trx: Transaction<DB>, claim: { keys: string[] }) => deleteThrottles(trx, claim.keys);

/** An administrator's password reset lifts every delay on the account name. */
export const forgetLoginFailures = (trx: Transaction<DB>, subject: string) => deleteThrottlesOfSubject(trx, subject);

/** The answer while an account name is delayed: the same whether or not the account exists. */
export const loginThrottled = (retryAfterSeconds: number) =>
  new AppError('LOGIN_THROTTLED', {
    detail: `Đăng nhập sai nhiều lần. Vui lòng chờ ${retryAfterSeconds < 120 ? `${retryAfterSeconds} giây` : `${Math.ceil(retryAfterSeconds / 60)} phút`} rồi thử lại.`,
    extensions: { retryAfterSeconds },
  });
