/** What the applicant reads of the notices sent about their own dossier (portal). */
import type { PortalNoticeList } from '@motcua/shared';
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { findApplicantContact } from '../applicants/index.ts';
import { findAccountDossier, findDossierActionSteps } from '../dossiers/index.ts';
import { listDeliveries } from './notifications.queries.ts';
import { presentPortalNotice } from './notifications.presenter.ts';

/** Another account's dossier, or one without an owner, answers 404 exactly as a dossier that does not exist. */
export async function myDossierNotices(ctx: AppContext, accountId: string, dossierId: string): Promise<PortalNoticeList> {
  const dossier = await findAccountDossier(ctx.db, accountId, dossierId);
  if (!dossier) throw notFound('Không tìm thấy hồ sơ');
  const rows = await listDeliveries(ctx.db, dossier.id);
  const [steps, contact] = await Promise.all([
    findDossierActionSteps(ctx.db, dossier.id, [...new Set(rows.map((r) => r.action_seq))]),
    findApplicantContact(ctx.db, accountId),
  ]);
  const stepBySeq = new Map(steps.map((s) => [s.seq, s]));
  const verifiedNow = { email: Boolean(contact?.email), phone: Boolean(contact?.phone) };
  return { items: rows.map((row) => presentPortalNotice(row, stepBySeq.get(row.action_seq), verifiedNow)) };
}
