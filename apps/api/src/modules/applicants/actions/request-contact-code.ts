import type { ContactChannel, ContactVerification } from '@motcua/shared';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { findAccount } from '../applicants.queries.ts';
import { CODES_PER_HOUR, channelToVerify, contactOf, hourAgo, isVerified, nextCodeAllowedAt, secondsUntil } from '../contact-code.ts';
import { listRecentContactCodes, lockAccount } from '../contact-codes.queries.ts';
import { contactVerificationOf } from './get-contact-verification.ts';
import { issueContactCode } from './issue-contact-code.ts';

const named: Record<ContactChannel, string> = { email: 'Thư điện tử', phone: 'Số điện thoại' };

function waitText(seconds: number): string {
  if (seconds <= 60) return `${seconds} giây`;
  return `${Math.ceil(seconds / 60)} phút`;
}

/** "Gửi lại mã": a new code to the contact still to prove (or the one asked for), within the limits. */
export async function requestContactCode(ctx: AppContext, accountId: string, asked: ContactChannel | undefined, requestId: string): Promise<ContactVerification> {
  await withUnitOfWork(ctx, async (uow) => {
    await lockAccount(uow.trx, ctx.engine, accountId);
    const account = await findAccount(uow.trx, accountId);
    if (!account) throw notFound();
    const channel = asked ?? channelToVerify(account);
    if (!channel) throw new AppError('CONFLICT', { detail: 'Thư điện tử và số điện thoại của tài khoản đều đã được xác minh.' });
    if (!contactOf(account, channel)) {
      const message = channel === 'email' ? 'Tài khoản chưa có địa chỉ thư điện tử để xác minh' : 'Tài khoản chưa có số điện thoại để xác minh';
      throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'body.channel', message }] });
    }
    if (isVerified(account, channel)) throw new AppError('CONFLICT', { detail: `${named[channel]} của tài khoản đã được xác minh.` });

    const recent = await listRecentContactCodes(uow.trx, account.id, hourAgo(uow.now));
    const availableAt = nextCodeAllowedAt(recent, uow.now);
    const waitSeconds = secondsUntil(availableAt, uow.now);
    if (waitSeconds > 0) {
      const detail = recent.length >= CODES_PER_HOUR
        ? `Bạn đã yêu cầu ${CODES_PER_HOUR} mã xác minh trong một giờ. Vui lòng thử lại sau ${waitText(waitSeconds)}.`
        : `Mỗi phút chỉ gửi được một mã xác minh. Vui lòng chờ ${waitText(waitSeconds)} rồi bấm “Gửi lại mã”.`;
      throw new AppError('VERIFICATION_RESEND_LIMITED', { detail, extensions: { retryAfterSeconds: waitSeconds, resendAvailableAt: availableAt } });
    }
    await issueContactCode(uow, account, channel, 'requested', requestId);
  });
  return contactVerificationOf(ctx.db, accountId, ctx.clock.now().toISOString());
}
