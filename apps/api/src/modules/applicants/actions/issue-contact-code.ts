import type { ContactChannel } from '@motcua/shared';
import type { UnitOfWork } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import type { ApplicantAccountRow } from '../applicants.queries.ts';
import { CONTACT_CODE_JOB, contactHash, contactOf } from '../contact-code.ts';
import { insertContactCode, replaceOpenContactCodes } from '../contact-codes.queries.ts';

export type CodeReason = 'registration' | 'contact_changed' | 'requested';

/**
 * Asks for a new code to `channel`, in the caller's transaction: the previous code in force is void, and a durable job
 * makes and sends the code once the transaction has committed (only its hash is ever stored). Limits are the caller's.
 */
export async function issueContactCode(uow: UnitOfWork, account: ApplicantAccountRow, channel: ContactChannel, reason: CodeReason, requestId: string): Promise<void> {
  const contact = contactOf(account, channel);
  if (!contact) throw new Error(`account has no ${channel} to verify`);
  await replaceOpenContactCodes(uow.trx, account.id, uow.now);
  const id = newId();
  await insertContactCode(uow.trx, {
    id, account_id: account.id, channel, contact_sha256: contactHash(contact), status: 'open', code_hash: null, code_salt: null,
    failed_attempts: 0, delivery: null, created_at: uow.now, sent_at: null, expires_at: null, closed_at: null,
  });
  // A code is only worth sending while it could still be typed in: a few quick retries, then the applicant asks again.
  await uow.enqueue(CONTACT_CODE_JOB, reason === 'registration' ? { codeId: id, registration: true } : { codeId: id }, { maxAttempts: 5 });
  // Which channel and why, never the address or the code.
  await uow.audit({ actor: { kind: 'applicant', id: account.id }, action: 'applicant.contact_code_requested', entityType: 'applicant_account', entityId: account.id, data: { channel, reason }, requestId });
}
