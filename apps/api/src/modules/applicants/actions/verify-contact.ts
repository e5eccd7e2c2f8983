import type { ContactChannel, ContactVerification } from '@motcua/shared';
import { addMinutes } from '../../../platform/clock.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { findAccount, updateAccount } from '../applicants.queries.ts';
import { CODE_MAX_ATTEMPTS, CODE_VALID_MINUTES, SENDING_GIVE_UP_MINUTES, channelToVerify, codeMatches, contactHash, contactOf } from '../contact-code.ts';
import { closeContactCode, findLatestContactCode, findOpenContactCode, lockAccount, recordWrongCode } from '../contact-codes.queries.ts';
import { contactVerificationOf } from './get-contact-verification.ts';

type Unusable = 'none' | 'sending' | 'expired' | 'exhausted' | 'nothing_to_verify';
type Outcome = { kind: 'verified'; channel: ContactChannel } | { kind: 'wrong'; attemptsLeft: number } | { kind: 'unusable'; why: Unusable };

const ASK_AGAIN = 'Hãy bấm “Gửi lại mã” để nhận mã mới.';
const unusableDetail: Record<Exclude<Unusable, 'nothing_to_verify'>, string> = {
  none: `Chưa có mã xác minh nào đang có hiệu lực. ${ASK_AGAIN}`,
  sending: 'Mã xác minh đang được gửi tới bạn. Vui lòng chờ thư hoặc tin nhắn rồi nhập mã trong đó.',
  expired: `Mã xác minh đã hết hạn (mã chỉ có hiệu lực ${CODE_VALID_MINUTES} phút). ${ASK_AGAIN}`,
  exhausted: `Mã xác minh đã bị hủy vì nhập sai ${CODE_MAX_ATTEMPTS} lần. ${ASK_AGAIN}`,
};

function wrongCodeError(attemptsLeft: number): AppError {
  const detail = attemptsLeft > 0
    ? `Mã xác minh không đúng. Bạn còn ${attemptsLeft} lần thử.`
    : `Mã xác minh không đúng. Bạn đã nhập sai ${CODE_MAX_ATTEMPTS} lần nên mã này đã bị hủy. ${ASK_AGAIN}`;
  return new AppError('VERIFICATION_CODE_WRONG', { detail, errors: [{ path: 'body.code', message: detail }], extensions: { attemptsLeft } });
}

function unusableError(why: Unusable): AppError {
  if (why === 'nothing_to_verify') return new AppError('CONFLICT', { detail: 'Thư điện tử và số điện thoại của tài khoản đều đã được xác minh.' });
  const detail = unusableDetail[why];
  return new AppError('VERIFICATION_CODE_EXPIRED', { detail, errors: [{ path: 'body.code', message: detail }], extensions: { reason: why } });
}

/**
 * Checks a typed code against the account's code in force. The right code proves its contact; a wrong one counts, in
 * a transaction of its own committed before the error is answered, and the fifth voids the code.
 */
export async function verifyContact(ctx: AppContext, accountId: string, code: string, requestId: string): Promise<ContactVerification> {
  const outcome = await withUnitOfWork(ctx, async (uow): Promise<Outcome> => {
    await lockAccount(uow.trx, ctx.engine, accountId);
    const account = await findAccount(uow.trx, accountId);
    if (!account) throw notFound();
    const actor = { kind: 'applicant', id: account.id } as const;
    const open = await findOpenContactCode(uow.trx, account.id);
    if (!open) {
      if (!channelToVerify(account)) return { kind: 'unusable', why: 'nothing_to_verify' };
      const latest = await findLatestContactCode(uow.trx, account.id);
      return { kind: 'unusable', why: latest?.status === 'exhausted' ? 'exhausted' : 'none' };
    }
    // A code is good from the moment its hash is stored: a message may have arrived even if recording it failed.
    if (!open.code_hash || !open.code_salt || !open.expires_at) {
      return { kind: 'unusable', why: addMinutes(open.created_at, SENDING_GIVE_UP_MINUTES) > uow.now ? 'sending' : 'none' };
    }
    if (open.expires_at <= uow.now) return { kind: 'unusable', why: 'expired' };
    const channel = open.channel;
    const contact = contactOf(account, channel);
    if (!contact || contactHash(contact) !== open.contact_sha256) {
      await closeContactCode(uow.trx, open.id, 'replaced', uow.now);
      return { kind: 'unusable', why: 'none' };
    }
    if (!codeMatches(code, open.code_salt, open.code_hash)) {
      const failed = open.failed_attempts + 1;
      const attemptsLeft = Math.max(0, CODE_MAX_ATTEMPTS - failed);
      await recordWrongCode(uow.trx, open.id, failed, attemptsLeft === 0, uow.now);
      await uow.audit({ actor, action: attemptsLeft === 0 ? 'applicant.contact_code_exhausted' : 'applicant.contact_code_wrong', entityType: 'applicant_account', entityId: account.id, data: { channel, attemptsLeft }, requestId });
      return { kind: 'wrong', attemptsLeft };
    }
    await closeContactCode(uow.trx, open.id, 'verified', uow.now);
    await updateAccount(uow.trx, account.id, channel === 'email' ? { email_verified: 1, updated_at: uow.now } : { phone_verified: 1, updated_at: uow.now });
    await uow.audit({ actor, action: 'applicant.contact_verified', entityType: 'applicant_account', entityId: account.id, data: { channel, via: 'code' }, requestId });
    return { kind: 'verified', channel };
  });
  if (outcome.kind === 'wrong') throw wrongCodeError(outcome.attemptsLeft);
  if (outcome.kind === 'unusable') throw unusableError(outcome.why);
  return contactVerificationOf(ctx.db, accountId, ctx.clock.now().toISOString());
}
