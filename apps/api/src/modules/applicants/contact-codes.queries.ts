import type { ContactChannel } from '@motcua/shared';
import type { Transaction } from 'kysely';
import type { Engine } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { CODES_PER_HOUR } from './contact-code.ts';
import type { Executor } from '../../db/executor.ts';

export type ContactCodeRow = DB['applicant_contact_codes'];
export type ClosedStatus = 'verified' | 'exhausted' | 'replaced';

export const insertContactCode = (ex: Executor, row: ContactCodeRow) => ex.insertInto('applicant_contact_codes').values(row).execute();

export const findContactCode = (ex: Executor, id: string) =>
  ex.selectFrom('applicant_contact_codes').selectAll().where('id', '=', id).executeTakeFirst();

/** The account's code in force, if any (a new code replaces the previous one, so there is at most one). */
export const findOpenContactCode = (ex: Executor, accountId: string) =>
  ex.selectFrom('applicant_contact_codes').selectAll().where('account_id', '=', accountId).where('status', '=', 'open')
    .orderBy('created_at', 'desc').executeTakeFirst();

export const findLatestContactCode = (ex: Executor, accountId: string) =>
  ex.selectFrom('applicant_contact_codes').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').executeTakeFirst();

/** The codes asked for since `since`, newest first: enough to apply the per-minute and per-hour limits. */
export const listRecentContactCodes = (ex: Executor, accountId: string, since: string) =>
  ex.selectFrom('applicant_contact_codes').select('created_at').where('account_id', '=', accountId).where('created_at', '>', since)
    .orderBy('created_at', 'desc').limit(CODES_PER_HOUR).execute();

/** Voids the account's open codes (all, or only those of one channel). */
export async function replaceOpenContactCodes(ex: Executor, accountId: string, now: string, channel?: ContactChannel): Promise<void> {
  let query = ex.updateTable('applicant_contact_codes').set({ status: 'replaced', closed_at: now }).where('account_id', '=', accountId).where('status', '=', 'open');
  if (channel) query = query.where('channel', '=', channel);
  await query.execute();
}

/** Closes an open code; false when it was not open any more (used, voided or replaced meanwhile). */
export async function closeContactCode(ex: Executor, id: string, status: ClosedStatus, now: string): Promise<boolean> {
  const result = await ex.updateTable('applicant_contact_codes').set({ status, closed_at: now }).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recordWrongCode(ex: Executor, id: string, failedAttempts: number, exhausted: boolean, now: string): Promise<void> {
  await ex.updateTable('applicant_contact_codes')
    .set(exhausted ? { failed_attempts: failedAttempts, status: 'exhausted', closed_at: now } : { failed_attempts: failedAttempts })
    .where('id', '=', id).where('status', '=', 'open').execute();
}

/** Stores a fresh code's hash on a code not yet sent; false when it was replaced or sent meanwhile. */
export async function storeCodeHash(ex: Executor, id: string, change: { code_hash: string; code_salt: string; expires_at: string }): Promise<boolean> {
  const result = await ex.updateTable('applicant_contact_codes').set({ ...change, failed_attempts: 0 })
    .where('id', '=', id).where('status', '=', 'open').where('sent_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export const markCodeSent = (ex: Executor, id: string, sentAt: string, delivery: 'sent' | 'logged') =>
  ex.updateTable('applicant_contact_codes').set({ sent_at: sentAt, delivery }).where('id', '=', id).execute();

/**
 * Holds the account row until the transaction ends (PostgreSQL; SQLite runs one transaction at a time anyway), so two
 * requests of the same account cannot both pass the limits or both count the same wrong code.
 */
export async function lockAccount(ex: Transaction<DB>, engine: Engine, id: string): Promise<void> {
  const query = ex.selectFrom('applicant_accounts').select('id').where('id', '=', id);
  await (engine === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}
