/** Read use cases of online dossiers: an applicant's own dossiers, a sender's own dossiers. */
import type { InboundDossierStatus, PageQuery, PortalDossierDetail } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors.ts';
import { findAccountDossier, findDossierBySource, listAccountDossiers } from './online.queries.ts';
import { presentInboundStatus, presentPortalDetail, presentPortalPage } from './online.presenter.ts';

export async function myDossiers(ctx: AppContext, actor: Actor, q: PageQuery) {
  const { rows, total } = await listAccountDossiers(ctx.db, actor.id, q.pageSize, (q.page - 1) * q.pageSize);
  return { items: await presentPortalPage(ctx.db, rows, ctx.clock.now().toISOString()), total, page: q.page, pageSize: q.pageSize };
}

/** Another applicant's dossier looks exactly like no dossier at all. */
export async function myDossier(ctx: AppContext, actor: Actor, id: string): Promise<PortalDossierDetail> {
  const row = await findAccountDossier(ctx.db, actor.id, id);
  if (!row) throw notFound('Không tìm thấy hồ sơ');
  return presentPortalDetail(ctx.db, row, ctx.clock.now().toISOString());
}

export async function inboundStatus(ctx: AppContext, sender: string, reference: string): Promise<InboundDossierStatus> {
  const row = await findDossierBySource(ctx.db, sender, reference);
  if (!row) throw notFound('Không tìm thấy hồ sơ');
  return presentInboundStatus(ctx.db, row, ctx.clock.now().toISOString());
}
