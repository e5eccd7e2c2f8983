import type { RegisterApplicantBody, RegistrationAccepted } from '@motcua/shared';
import { withUnitOfWork, type AppContext, type UnitOfWork } from '../../../platform/context.ts';
import { isUniqueViolation } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { assertAcceptablePassword, hashPassword } from '../../identity/index.ts';
import { findAccountByEmail, findAccountByPhone, insertAccount, updateAccount, type ApplicantAccountRow } from '../applicants.queries.ts';
import { contactHash, hourAgo, nextCodeAllowedAt } from '../contact-code.ts';
import { listRecentContactCodes, lockAccount } from '../contact-codes.queries.ts';
import { normaliseContacts, type Contacts } from './contacts.ts';
import { issueContactCode } from './issue-contact-code.ts';
import { REGISTRATION_NOTICE_JOB, type RegistrationNoticePayload } from './send-registration-notice.ts';

interface RegisterInput {
  body: RegisterApplicantBody;
  requestId: string;
}

/** One answer for every outcome: it must not tell whether the e-mail or phone already had an account. */
export const REGISTRATION_ACCEPTED: RegistrationAccepted = {
  message: 'Chúng tôi đã gửi mã xác nhận tới email hoặc số điện thoại bạn đã nhập. Nhập mã đó để hoàn tất đăng ký. Nếu địa chỉ này đã có tài khoản, bạn sẽ nhận được thư hướng dẫn đăng nhập thay cho mã.',
};

const system = { kind: 'system', id: null } as const;

function registrationColumns(body: RegisterApplicantBody, contacts: Contacts, passwordHash: string, now: string) {
  return {
    kind: body.kind, email: contacts.email, email_verified: 0, phone: contacts.phone, phone_verified: 0, password_hash: passwordHash,
    full_name: body.fullName, organisation_name: body.kind === 'organisation' ? body.organisationName : null,
    tax_code: body.kind === 'organisation' ? body.taxCode : null, updated_at: now,
  };
}

/** The accounts holding the typed e-mail or phone (0, 1 or 2 different ones). */
async function holders(uow: UnitOfWork, contacts: Contacts) {
  const byEmail = contacts.email ? await findAccountByEmail(uow.trx, contacts.email) : undefined;
  const byPhone = contacts.phone ? await findAccountByPhone(uow.trx, contacts.phone) : undefined;
  const held: { account: ApplicantAccountRow; channel: 'email' | 'phone' }[] = [];
  if (byEmail) held.push({ account: byEmail, channel: 'email' });
  if (byPhone && byPhone.id !== byEmail?.id) held.push({ account: byPhone, channel: 'phone' });
  return held;
}

/**
 * Registration with a password. A new e-mail/phone gets an unconfirmed account and a code (to the e-mail, else the
 * phone); typing it back (`confirmRegistration`) signs in. A registration still waiting for its code is replaced by a
 * new one of the same address (so a stranger cannot squat an address, and "register again" resends the code; only
 * the latest password can confirm). An address of a confirmed account creates nothing: its owner gets a notice.
 * The caller learns none of this: the answer is always REGISTRATION_ACCEPTED, after the same password hashing.
 */
export async function registerApplicant(ctx: AppContext, input: RegisterInput): Promise<RegistrationAccepted> {
  const { body } = input;
  const contacts = normaliseContacts(body);
  await assertAcceptablePassword(body.password);
  const passwordHash = await hashPassword(body.password);
  try {
    await record(ctx, input, contacts, passwordHash);
  } catch (error) {
    // A registration of the same new address committed in between (the unique constraints settled it): same answer.
    if (!isUniqueViolation(error)) throw error;
  }
  return REGISTRATION_ACCEPTED;
}

async function record(ctx: AppContext, input: RegisterInput, contacts: Contacts, passwordHash: string): Promise<void> {
  const { body } = input;
  await withUnitOfWork(ctx, async (uow) => {
    const held = await holders(uow, contacts);
    const pending = held.length === 1 && held[0]!.account.confirmed_at === null ? held[0]!.account : undefined;
    if (held.length === 0) {
      const account: ApplicantAccountRow = {
        id: newId(), ...registrationColumns(body, contacts, passwordHash, uow.now), citizen_id: null, date_of_birth: null, address: null,
        failed_login_count: 0, locked_until: null, created_at: uow.now, confirmed_at: null,
      };
      await insertAccount(uow.trx, account);
      await uow.audit({ actor: system, action: 'applicant.registered', entityType: 'applicant_account', entityId: account.id, data: { kind: body.kind, via: 'password' }, requestId: input.requestId });
      await issueContactCode(uow, account, account.email ? 'email' : 'phone', 'registration', input.requestId);
    } else if (pending) {
      await lockAccount(uow.trx, ctx.engine, pending.id);
      const account = { ...pending, ...registrationColumns(body, contacts, passwordHash, uow.now) };
      await updateAccount(uow.trx, pending.id, registrationColumns(body, contacts, passwordHash, uow.now));
      await uow.audit({ actor: system, action: 'applicant.registration_replaced', entityType: 'applicant_account', entityId: pending.id, data: { kind: body.kind }, requestId: input.requestId });
      // Within the code limits a new code goes out; beyond them the previous code stays in force (and the answer is the same).
      const recent = await listRecentContactCodes(uow.trx, pending.id, hourAgo(uow.now));
      if (nextCodeAllowedAt(recent, uow.now) <= uow.now) await issueContactCode(uow, account, account.email ? 'email' : 'phone', 'registration', input.requestId);
    } else {
      for (const { account, channel } of held.filter((h) => h.account.confirmed_at !== null)) {
        const contact = channel === 'email' ? contacts.email! : contacts.phone!;
        const payload: RegistrationNoticePayload = { accountId: account.id, channel, contactSha256: contactHash(contact) };
        await uow.enqueue(REGISTRATION_NOTICE_JOB, payload, { maxAttempts: 5 });
        await uow.audit({ actor: system, action: 'applicant.registration_refused', entityType: 'applicant_account', entityId: account.id, data: { channel }, requestId: input.requestId });
      }
    }
  });
}
