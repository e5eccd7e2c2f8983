import type { ContactVerification } from '@motcua/shared';
import type { Executor } from '../../../db/executor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors.ts';
import { presentContactVerification } from '../applicants.presenter.ts';
import { findAccount } from '../applicants.queries.ts';
import { hourAgo, nextCodeAllowedAt } from '../contact-code.ts';
import { findOpenContactCode, listRecentContactCodes } from '../contact-codes.queries.ts';

export async function contactVerificationOf(ex: Executor, accountId: string, now: string): Promise<ContactVerification> {
  const account = await findAccount(ex, accountId);
  if (!account) throw notFound();
  const open = await findOpenContactCode(ex, accountId);
  const recent = await listRecentContactCodes(ex, accountId, hourAgo(now));
  return presentContactVerification(account, open, nextCodeAllowedAt(recent, now), now);
}

export const getContactVerification = (ctx: AppContext, accountId: string) => contactVerificationOf(ctx.db, accountId, ctx.clock.now().toISOString());
