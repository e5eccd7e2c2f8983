import type { RegisterApplicantBody } from '@motcua/shared';
import { createSession } from '../../../platform/auth/sessions.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { assertAcceptablePassword, hashPassword } from '../../identity/index.ts';
import { insertAccount, type ApplicantAccountRow } from '../applicants.queries.ts';
import { assertContactsFree, normaliseContacts } from './contacts.ts';
import { issueContactCode } from './issue-contact-code.ts';

interface RegisterInput {
  body: RegisterApplicantBody;
  userAgent?: string;
  requestId: string;
}

/** Creates a password account and signs it in straight away; a code to prove its e-mail (else phone) goes out after commit. */
export async function registerApplicant(ctx: AppContext, input: RegisterInput) {
  const { body } = input;
  const contacts = normaliseContacts(body);
  await assertContactsFree(ctx.db, contacts);
  await assertAcceptablePassword(body.password);
  const passwordHash = await hashPassword(body.password);
  return withUnitOfWork(ctx, async (uow) => {
    // Checked again inside the transaction; the unique constraints settle a race between the two checks.
    await assertContactsFree(uow.trx, contacts);
    const account: ApplicantAccountRow = {
      id: newId(),
      kind: body.kind,
      email: contacts.email,
      email_verified: 0,
      phone: contacts.phone,
      phone_verified: 0,
      password_hash: passwordHash,
      full_name: body.fullName,
      citizen_id: null,
      date_of_birth: null,
      address: null,
      organisation_name: body.kind === 'organisation' ? body.organisationName : null,
      tax_code: body.kind === 'organisation' ? body.taxCode : null,
      failed_login_count: 0,
      locked_until: null,
      created_at: uow.now,
      updated_at: uow.now,
    };
    await insertAccount(uow.trx, account);
    const session = await createSession(uow.trx, ctx.config.session, uow.now, { kind: 'applicant', id: account.id }, input.userAgent);
    const actor = { kind: 'applicant', id: account.id } as const;
    await uow.audit({ actor, action: 'applicant.registered', entityType: 'applicant_account', entityId: account.id, data: { kind: body.kind, via: 'password' }, requestId: input.requestId });
    await uow.audit({ actor, action: 'auth.login', entityType: 'applicant_account', entityId: account.id, data: { via: 'registration' }, requestId: input.requestId });
    await issueContactCode(uow, account, account.email ? 'email' : 'phone', 'registration', input.requestId);
    return { account, token: session.token, csrfToken: session.csrfToken };
  });
}
