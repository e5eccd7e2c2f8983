import type { PortalDossierSummary, PortalDraft } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { loadWorkingCalendar } from '../../calendar/index.ts';
import { recordDocumentReuses } from '../../document-store/index.ts';
import { getDraft } from '../online-drafts.ts';
import { deleteDraft } from '../online.queries.ts';
import { presentPortalSummary } from '../online.presenter.ts';
import { registerOnline } from './register-online.ts';

/**
 * The applicant submits a draft: the same registration as a national-portal push, with the draft's field paths
 * (`draft.*`). The draft is deleted in the registration's transaction, so a dossier and its draft never coexist
 * and a second submission of the same draft finds nothing (404).
 */
export async function submitOnlineDraft(ctx: AppContext, actor: Actor, draftId: string, requestId: string): Promise<PortalDossierSummary> {
  const draft: PortalDraft = await getDraft(ctx, actor, draftId);
  const registered = await registerOnline(ctx, {
    procedureCode: draft.procedureCode, variantKey: draft.variantKey, agencyUnitId: draft.agencyUnitId, applicant: draft.applicant,
    requestSummary: draft.requestSummary, formData: draft.formData, documents: draft.documents, origin: { kind: 'portal', accountId: actor.id }, pathPrefix: 'draft',
    alsoInTransaction: async (uow, row) => {
      if (!(await deleteDraft(uow.trx, actor.id, draftId))) throw new AppError('CONFLICT', { detail: 'Hồ sơ nháp vừa được nộp hoặc xóa.' });
      // Documents taken from the applicant's store: one reuse each, for the service index (Decision 766, 4.3).
      await recordDocumentReuses(uow, { accountId: actor.id, dossierId: row.id, documents: draft.documents, pathPrefix: 'draft' });
    },
  }, requestId);
  const { calendar } = await loadWorkingCalendar(ctx.db);
  return presentPortalSummary(registered.row, ctx.clock.now().toISOString(), calendar);
}
