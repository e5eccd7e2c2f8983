import { citizenIdProblem, isValidTaxCode, type PortalDossierSummary, type PortalDraft } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, fieldError } from '../../../platform/errors.ts';
import { findApplicantIdentity } from '../../applicants/index.ts';
import { loadWorkingCalendar } from '../../calendar/index.ts';
import { recordDocumentReuses } from '../../document-store/index.ts';
import { getDraft } from '../online/online-drafts.ts';
import { deleteDraft } from '../online/online.queries.ts';
import { presentPortalSummary } from '../online/online.presenter.ts';
import { registerOnline } from './register-online.ts';

/**
 * A portal account applies in its own name: the draft's applicant must be the account holder (the same citizen ID
 * or tax code as the profile). A malformed identifier is left to the applicant check, which words it better.
 */
async function checkOwnIdentity(ctx: AppContext, actor: Actor, applicant: PortalDraft['applicant']): Promise<void> {
  const account = await findApplicantIdentity(ctx.db, actor.id);
  const kind = applicant?.kind === 'organisation' ? 'organisation' : 'individual';
  const path = kind === 'organisation' ? 'draft.applicant.taxCode' : 'draft.applicant.citizenId';
  const given = String((kind === 'organisation' ? applicant?.taxCode : applicant?.citizenId) ?? '').trim();
  if (!account) throw new AppError('UNAUTHENTICATED');
  if (account.identifier === null) {
    throw fieldError(path, kind === 'organisation'
      ? 'Hãy cập nhật mã số thuế của tổ chức trong Thông tin tài khoản trước khi nộp hồ sơ.'
      : 'Hãy cập nhật số định danh cá nhân trong Thông tin tài khoản trước khi nộp hồ sơ.');
  }
  const wellFormed = kind === 'organisation' ? isValidTaxCode(given) : citizenIdProblem(given) === undefined;
  if (wellFormed && (kind !== account.kind || given !== account.identifier)) {
    throw fieldError(path, kind === 'organisation'
      ? 'Tài khoản này chỉ nộp hồ sơ cho tổ chức có mã số thuế đã khai trong Thông tin tài khoản.'
      : 'Tài khoản này chỉ nộp hồ sơ đứng tên chủ tài khoản: số định danh phải trùng với Thông tin tài khoản.');
  }
}

/**
 * The applicant submits a draft: the same registration as a national-portal push, with the draft's field paths
 * (`draft.*`). The draft is deleted in the registration's transaction, so a dossier and its draft never coexist
 * and a second submission of the same draft finds nothing (404).
 */
export async function submitOnlineDraft(ctx: AppContext, actor: Actor, draftId: string, requestId: string): Promise<PortalDossierSummary> {
  const draft: PortalDraft = await getDraft(ctx, actor, draftId);
  await checkOwnIdentity(ctx, actor, draft.applicant);
  const registered = await registerOnline(ctx, {
    procedureCode: draft.procedureCode, variantKey: draft.variantKey, agencyUnitId: draft.agencyUnitId, applicant: draft.applicant,
    requestSummary: draft.requestSummary, formData: draft.formData, cases: draft.cases, documents: draft.documents, origin: { kind: 'portal', accountId: actor.id }, pathPrefix: 'draft',
    alsoInTransaction: async (uow, row) => {
      if (!(await deleteDraft(uow.trx, actor.id, draftId))) throw new AppError('CONFLICT', { detail: 'Hồ sơ nháp vừa được nộp hoặc xóa.' });
      // Documents taken from the applicant's store: one reuse each, for the service index (Decision 766, 4.3).
      await recordDocumentReuses(uow, { accountId: actor.id, dossierId: row.id, documents: draft.documents, pathPrefix: 'draft' });
    },
  }, requestId);
  const { calendar } = await loadWorkingCalendar(ctx.db);
  return presentPortalSummary(registered.row, ctx.clock.now().toISOString(), calendar);
}
