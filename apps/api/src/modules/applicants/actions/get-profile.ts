import type { ApplicantProfile } from '@motcua/shared';
import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors.ts';
import { presentApplicantProfile } from '../applicants.presenter.ts';
import { findAccount, listAccountIssuers } from '../applicants.queries.ts';
import { providerNameOf } from '../oidc/provider-name.ts';

export async function getProfile(ctx: AppContext, accountId: string): Promise<ApplicantProfile> {
  const account = await findAccount(ctx.db, accountId);
  if (!account) throw notFound();
  const issuers = await listAccountIssuers(ctx.db, accountId);
  return presentApplicantProfile(account, issuers.map((i) => providerNameOf(ctx.config, i.issuer)));
}
