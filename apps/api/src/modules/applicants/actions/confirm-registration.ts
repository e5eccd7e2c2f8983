import { normaliseLoginIdentifier, type ConfirmRegistrationBody, type ContactChannel } from '@motcua/shared';
import { createSession } from '../../../platform/auth/sessions.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { burnPasswordCheck, verifyPassword } from '../../identity/index.ts';
import { findAccount, findAccountByEmail, findAccountByPhone, updateAccount, type ApplicantAccountRow } from '../applicants.queries.ts';
import { CODE_MAX_ATTEMPTS, codeMatches, contactHash, contactOf } from '../contact-code.ts';
import { closeContactCode, findOpenContactCode, lockAccount, recordWrongCode } from '../contact-codes.queries.ts';

interface ConfirmInput extends ConfirmRegistrationBody {
  userAgent?: string;
  requestId: string;
}

/** Unknown address, confirmed account, wrong/expired/used code and wrong password all answer this. */
const refused = () => {
  const detail = 'Mã xác nhận không đúng, đã hết hạn hoặc đã nhập sai quá nhiều lần. Hãy kiểm tra lại mã và mật khẩu, hoặc bấm “Gửi lại mã”.';
  return new AppError('VERIFICATION_CODE_WRONG', { detail, errors: [{ path: 'body.code', message: detail }] });
};

async function findByContact(ctx: AppContext, contact: string): Promise<ApplicantAccountRow | undefined> {
  const key = normaliseLoginIdentifier(contact);
  if (!key) return undefined;
  return 'email' in key ? findAccountByEmail(ctx.db, key.email) : findAccountByPhone(ctx.db, key.phone);
}

type Outcome = { kind: 'refused' } | { kind: 'confirmed'; account: ApplicantAccountRow; token: string; csrfToken: string };

/**
 * The code sent on registration, with the password chosen there: proves the contact, confirms the account and signs
 * in. A wrong code or password counts against the code (the fifth voids it), committed before the refusal is answered.
 */
export async function confirmRegistration(ctx: AppContext, input: ConfirmInput) {
  const found = await findByContact(ctx, input.contact);
  const pending = found && found.confirmed_at === null && found.password_hash ? found : undefined;
  let passwordOk = false;
  if (pending?.password_hash) passwordOk = await verifyPassword(pending.password_hash, input.password);
  else await burnPasswordCheck(input.password);
  if (!pending) throw refused();

  const outcome = await withUnitOfWork(ctx, async (uow): Promise<Outcome> => {
    await lockAccount(uow.trx, ctx.engine, pending.id);
    const account = await findAccount(uow.trx, pending.id);
    // Replaced by a newer registration meanwhile: its password is the one that counts now.
    if (!account || account.confirmed_at !== null || account.password_hash !== pending.password_hash) return { kind: 'refused' };
    const open = await findOpenContactCode(uow.trx, account.id);
    if (!open?.code_hash || !open.code_salt || !open.expires_at || open.expires_at <= uow.now) return { kind: 'refused' };
    const channel = open.channel as ContactChannel;
    const contact = contactOf(account, channel);
    if (!contact || contactHash(contact) !== open.contact_sha256) return { kind: 'refused' };
    const actor = { kind: 'applicant', id: account.id } as const;
    const entity = { entityType: 'applicant_account', entityId: account.id, requestId: input.requestId };
    if (!passwordOk || !codeMatches(input.code, open.code_salt, open.code_hash)) {
      const failed = open.failed_attempts + 1;
      const attemptsLeft = Math.max(0, CODE_MAX_ATTEMPTS - failed);
      await recordWrongCode(uow.trx, open.id, failed, attemptsLeft === 0, uow.now);
      await uow.audit({ actor, action: attemptsLeft === 0 ? 'applicant.contact_code_exhausted' : 'applicant.contact_code_wrong', ...entity, data: { channel, attemptsLeft, passwordOk } });
      return { kind: 'refused' };
    }
    await closeContactCode(uow.trx, open.id, 'verified', uow.now);
    const proved = channel === 'email' ? { email_verified: 1 } : { phone_verified: 1 };
    await updateAccount(uow.trx, account.id, { ...proved, confirmed_at: uow.now, updated_at: uow.now });
    await uow.audit({ actor, action: 'applicant.contact_verified', ...entity, data: { channel, via: 'code' } });
    await uow.audit({ actor, action: 'applicant.registration_confirmed', ...entity, data: { channel } });
    const session = await createSession(uow.trx, ctx.config.session, uow.now, { kind: 'applicant', id: account.id }, input.userAgent);
    await uow.audit({ actor, action: 'auth.login', ...entity, data: { via: 'registration' } });
    return { kind: 'confirmed', account: { ...account, ...proved, confirmed_at: uow.now }, token: session.token, csrfToken: session.csrfToken };
  });
  if (outcome.kind === 'refused') throw refused();
  return outcome;
}
