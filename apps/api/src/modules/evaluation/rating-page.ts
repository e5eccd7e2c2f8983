/** The rating form's data: the questions in force, the rating already made, and whether the reader may rate now. */
import { findRatingQuestionSet, localDateOf, ratingQuestionSetAt, type DossierRatingPage, type DossierStatus } from '@motcua/shared';
import type { Actor } from '../../platform/auth/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { findDossier, loadDossierForActor } from '../dossiers/index.ts';
import { canRecordAtDesk, ownedOnlineRefusal, ratingRefusal } from './evaluation.policy.ts';
import { presentQuestionSet, presentRating } from './evaluation.presenter.ts';
import { findRatingOfDossier, listRatingAnswers } from './evaluation.queries.ts';

type Dossier = NonNullable<Awaited<ReturnType<typeof findDossier>>>;

async function ratingPage(ctx: AppContext, dossier: Dossier, refusalFor: (alreadyRated: boolean) => string | null): Promise<DossierRatingPage> {
  const existing = await findRatingOfDossier(ctx.db, dossier.id);
  const rating = existing ? presentRating(existing, await listRatingAnswers(ctx.db, existing.id), dossier.code) : null;
  // A rating keeps the set it answered; a new one answers today's.
  const set = (existing && findRatingQuestionSet(existing.question_set)) || ratingQuestionSetAt(localDateOf(ctx.clock.now().getTime()));
  const reason = refusalFor(existing !== undefined);
  return {
    dossier: { id: dossier.id, code: dossier.code, procedureName: dossier.procedure_name, status: dossier.status as DossierStatus },
    questionSet: presentQuestionSet(set), rating, canRate: reason === null, cannotRateReason: reason,
  };
}

/** The portal's view, for the account that owns the dossier only (anyone else: 404). */
export async function getApplicantRatingPage(ctx: AppContext, accountId: string, dossierId: string): Promise<DossierRatingPage> {
  const dossier = await findDossier(ctx.db, dossierId);
  if (!dossier || dossier.applicant_account_id !== accountId) throw notFound('Không tìm thấy hồ sơ');
  return ratingPage(ctx, dossier, (rated) => ratingRefusal(dossier, rated)?.detail ?? null);
}

/** The officer's view, with the dossier page's scope; `canRate` says whether this officer may enter a counter rating. */
export async function getOfficerRatingPage(ctx: AppContext, actor: Actor, dossierId: string): Promise<DossierRatingPage> {
  const { row, units } = await loadDossierForActor(ctx.db, actor, await findDossier(ctx.db, dossierId));
  return ratingPage(ctx, row, (rated) => {
    if (rated) return ratingRefusal(row, true)!.detail;
    if (row.applicant_account_id !== null) return ownedOnlineRefusal.detail;
    if (!canRecordAtDesk(actor, units)) return 'Chỉ Bộ phận Một cửa đã tiếp nhận hoặc đang giữ hồ sơ mới nhập được phiếu đánh giá.';
    return ratingRefusal(row, false)?.detail ?? null;
  });
}
