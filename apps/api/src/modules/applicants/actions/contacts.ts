import type { FieldError } from '@motcua/shared';
import { normaliseEmail, normalisePhone } from '@motcua/shared';
import type { Executor } from '../../../db/executor.ts';
import { AppError } from '../../../platform/errors.ts';
import { takenContacts } from '../applicants.queries.ts';

export interface Contacts {
  email: string | null;
  phone: string | null;
}

/** The stored form of what was typed: lower-case e-mail, phone as 0xxxxxxxxx. */
export const normaliseContacts = (input: { email?: string | null; phone?: string | null }): Contacts => ({
  email: input.email ? normaliseEmail(input.email) : null,
  phone: input.phone ? normalisePhone(input.phone) : null,
});

/** One e-mail address or phone number signs in to one account only. */
export async function assertContactsFree(ex: Executor, contacts: Contacts, exceptAccountId?: string): Promise<void> {
  const taken = await takenContacts(ex, contacts, exceptAccountId);
  const errors: FieldError[] = [];
  if (taken.email) errors.push({ path: 'body.email', message: 'Email này đã được dùng cho một tài khoản khác' });
  if (taken.phone) errors.push({ path: 'body.phone', message: 'Số điện thoại này đã được dùng cho một tài khoản khác' });
  if (errors.length > 0) throw new AppError('DUPLICATE', { detail: 'Email hoặc số điện thoại đã được đăng ký.', errors });
}
