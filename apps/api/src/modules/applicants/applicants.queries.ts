import type { Updateable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type ApplicantAccountRow = DB['applicant_accounts'];
export type ApplicantIdentityRow = DB['applicant_identities'];
export type OidcRequestRow = DB['applicant_oidc_requests'];

export const findAccount = (ex: Executor, id: string) =>
  ex.selectFrom('applicant_accounts').selectAll().where('id', '=', id).executeTakeFirst();

export const findAccountByEmail = (ex: Executor, email: string) =>
  ex.selectFrom('applicant_accounts').selectAll().where('email', '=', email).executeTakeFirst();

export const findAccountByPhone = (ex: Executor, phone: string) =>
  ex.selectFrom('applicant_accounts').selectAll().where('phone', '=', phone).executeTakeFirst();

/** Which of the given contact values another account already holds. */
export async function takenContacts(ex: Executor, contact: { email?: string | null; phone?: string | null }, exceptId?: string) {
  const { email, phone } = contact;
  if (!email && !phone) return { email: false, phone: false };
  let query = ex.selectFrom('applicant_accounts').select(['email', 'phone']).where((eb) => {
    const either = [];
    if (email) either.push(eb('email', '=', email));
    if (phone) either.push(eb('phone', '=', phone));
    return eb.or(either);
  });
  if (exceptId) query = query.where('id', '<>', exceptId);
  const rows = await query.execute();
  return { email: Boolean(email) && rows.some((r) => r.email === email), phone: Boolean(phone) && rows.some((r) => r.phone === phone) };
}

export const insertAccount = (ex: Executor, row: ApplicantAccountRow) => ex.insertInto('applicant_accounts').values(row).execute();

export const updateAccount = (ex: Executor, id: string, changes: Updateable<DB['applicant_accounts']>) =>
  ex.updateTable('applicant_accounts').set(changes).where('id', '=', id).execute();

export const findIdentity = (ex: Executor, issuer: string, subject: string) =>
  ex.selectFrom('applicant_identities').selectAll().where('issuer', '=', issuer).where('subject', '=', subject).executeTakeFirst();

export const listAccountIssuers = (ex: Executor, accountId: string) =>
  ex.selectFrom('applicant_identities').select('issuer').where('account_id', '=', accountId).orderBy('created_at').execute();

export const insertIdentity = (ex: Executor, row: ApplicantIdentityRow) => ex.insertInto('applicant_identities').values(row).execute();

export const touchIdentity = (ex: Executor, id: string, at: string) =>
  ex.updateTable('applicant_identities').set({ last_login_at: at }).where('id', '=', id).execute();

export const insertOidcRequest = (ex: Executor, row: OidcRequestRow) => ex.insertInto('applicant_oidc_requests').values(row).execute();

/** Takes a pending sign-in out of the table: a state is good for one callback only. */
export async function takeOidcRequest(ex: Executor, stateHash: string): Promise<OidcRequestRow | undefined> {
  const row = await ex.selectFrom('applicant_oidc_requests').selectAll().where('state_hash', '=', stateHash).executeTakeFirst();
  if (!row) return undefined;
  const deleted = await ex.deleteFrom('applicant_oidc_requests').where('state_hash', '=', stateHash).executeTakeFirst();
  return Number(deleted.numDeletedRows) === 1 ? row : undefined;
}

export const deleteExpiredOidcRequests = (ex: Executor, now: string) =>
  ex.deleteFrom('applicant_oidc_requests').where('expires_at', '<', now).execute();

/** The account's kind and its citizen ID or tax code, or undefined for an unknown account. */
export const findIdentifiers = (ex: Executor, id: string) =>
  ex.selectFrom('applicant_accounts').select(['kind', 'citizen_id', 'tax_code']).where('id', '=', id).executeTakeFirst();

/** Contact details for notifications with whether each is proved, or undefined for an unknown account. */
export const findContact = (ex: Executor, id: string) =>
  ex.selectFrom('applicant_accounts').select(['email', 'email_verified', 'phone', 'phone_verified', 'full_name']).where('id', '=', id).executeTakeFirst();
