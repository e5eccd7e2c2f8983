import type { ApplicantProfile, FieldError, UpdateApplicantProfileBody } from '@motcua/shared';
import type { Updateable } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { findAccount, updateAccount } from '../applicants.queries.ts';
import { CODES_PER_HOUR, channelToVerify, hourAgo } from '../contact-code.ts';
import { listRecentContactCodes, lockAccount, replaceOpenContactCodes } from '../contact-codes.queries.ts';
import { assertContactsFree, normaliseContacts } from './contacts.ts';
import { getProfile } from './get-profile.ts';
import { issueContactCode } from './issue-contact-code.ts';

const blankToNull = (value: string | null | undefined): string | null => (value && value.trim() ? value.trim() : null);

/**
 * Replaces the applicant's own profile. A changed e-mail address or phone number is no longer verified: codes sent to
 * the old one are void, and a new code goes to it when it is the contact to prove next (within five codes an hour).
 */
export async function updateProfile(ctx: AppContext, accountId: string, body: UpdateApplicantProfileBody, requestId: string): Promise<ApplicantProfile> {
  await withUnitOfWork(ctx, async (uow) => {
    await lockAccount(uow.trx, ctx.engine, accountId);
    const account = await findAccount(uow.trx, accountId);
    if (!account) throw notFound();
    const contacts = normaliseContacts(body);
    const isOrganisation = account.kind === 'organisation';
    const errors: FieldError[] = [];
    if (account.password_hash && !contacts.email && !contacts.phone) {
      errors.push({ path: 'body.email', message: 'Tài khoản đăng nhập bằng mật khẩu cần email hoặc số điện thoại' });
    }
    if (isOrganisation && !body.organisationName) errors.push({ path: 'body.organisationName', message: 'Nhập tên tổ chức' });
    if (isOrganisation && !body.taxCode) errors.push({ path: 'body.taxCode', message: 'Nhập mã số thuế của tổ chức' });
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
    await assertContactsFree(uow.trx, contacts, account.id);

    const next: Updateable<DB['applicant_accounts']> = {
      full_name: body.fullName,
      citizen_id: blankToNull(body.citizenId),
      date_of_birth: body.dateOfBirth ?? null,
      address: blankToNull(body.address),
      email: contacts.email,
      phone: contacts.phone,
      organisation_name: isOrganisation ? blankToNull(body.organisationName) : null,
      tax_code: isOrganisation ? blankToNull(body.taxCode) : null,
    };
    const changed = Object.keys(next).filter((key) => next[key as keyof typeof next] !== account[key as keyof typeof account]);
    if (changed.length === 0) return;
    const emailChanged = contacts.email !== account.email;
    const phoneChanged = contacts.phone !== account.phone;
    await updateAccount(uow.trx, account.id, {
      ...next,
      ...(emailChanged ? { email_verified: 0 } : {}),
      ...(phoneChanged ? { phone_verified: 0 } : {}),
      updated_at: uow.now,
    });
    // Which fields changed, never their values: the audit trail must not copy personal data.
    await uow.audit({ actor: { kind: 'applicant', id: account.id }, action: 'applicant.profile_updated', entityType: 'applicant_account', entityId: account.id, data: { fields: changed }, requestId });
    if (emailChanged) await replaceOpenContactCodes(uow.trx, account.id, uow.now, 'email');
    if (phoneChanged) await replaceOpenContactCodes(uow.trx, account.id, uow.now, 'phone');

    const updated = { ...account, ...next, email_verified: emailChanged ? 0 : account.email_verified, phone_verified: phoneChanged ? 0 : account.phone_verified };
    const target = channelToVerify(updated);
    const targetChanged = target === 'email' ? emailChanged : target === 'phone' ? phoneChanged : false;
    if (target && targetChanged) {
      // The per-minute limit does not apply here (correcting a mistyped address at once is fine); the hourly one does.
      const recent = await listRecentContactCodes(uow.trx, account.id, hourAgo(uow.now));
      if (recent.length < CODES_PER_HOUR) await issueContactCode(uow, updated, target, 'contact_changed', requestId);
    }
  });
  return getProfile(ctx, accountId);
}
