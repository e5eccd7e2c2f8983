import { localDateOf, parseInstant, ratingQuestionSetAt, scoreRating, type RatingView } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError, isUniqueViolation, notFound } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { findDossier, loadDossierForActor } from '../../dossiers/index.ts';
import { alreadyRatedDetail, canRecordAtDesk, ownedOnlineRefusal, ratingRefusal } from '../evaluation.policy.ts';
import { presentRating } from '../evaluation.presenter.ts';
import { findRatingOfDossier, insertRating, insertRatingAnswers, type RatingAnswerRow, type RatingRow } from '../evaluation.queries.ts';

export interface RatingInput {
  answers: Record<string, string>;
  liked: boolean;
  comment: string | null;
}

export type Rater = { kind: 'applicant'; accountId: string } | { kind: 'desk'; actor: Actor; channel: 'kiosk' | 'desk' };

/**
 * One rating of how a dossier was handled, tied to its code: by the portal account that owns it, or entered by the
 * desk for a dossier without an account. Someone else's dossier answers 404, like an absent one. Answered against
 * the question set in force on the Vietnam date of the rating; every question must be answered.
 */
export async function rateDossier(ctx: AppContext, dossierId: string, rater: Rater, input: RatingInput, requestId: string): Promise<RatingView> {
  let code = '';
  try {
    return await withUnitOfWork(ctx, async (uow) => {
      const ex = uow.trx;
      const dossier = await findDossier(ex, dossierId);
      if (rater.kind === 'applicant') {
        if (!dossier || dossier.applicant_account_id !== rater.accountId) throw notFound('Không tìm thấy hồ sơ');
      } else {
        const { units } = await loadDossierForActor(ex, rater.actor, dossier);
        if (!canRecordAtDesk(rater.actor, units)) throw new AppError('OUT_OF_SCOPE', { detail: 'Chỉ Bộ phận Một cửa đã tiếp nhận hoặc đang giữ hồ sơ mới nhập được phiếu đánh giá.' });
      }
      const row = dossier!;
      code = row.code;
      if (rater.kind === 'desk' && row.applicant_account_id !== null) throw new AppError(ownedOnlineRefusal.code, { detail: ownedOnlineRefusal.detail });
      const refusal = ratingRefusal(row, (await findRatingOfDossier(ex, row.id)) !== undefined);
      if (refusal) throw new AppError(refusal.code, { detail: refusal.detail, extensions: { dossierStatus: row.status } });

      const set = ratingQuestionSetAt(localDateOf(parseInstant(uow.now)));
      const scored = scoreRating(set, input.answers);
      if (!scored.ok) throw new AppError('VALIDATION_FAILED', { detail: 'Vui lòng trả lời đủ các câu hỏi của phiếu đánh giá.', errors: scored.errors });

      const rating: RatingRow = {
        id: newId(), dossier_id: row.id, agency_unit_id: row.competent_unit_id, receiving_unit_id: row.receiving_unit_id, question_set: set.id,
        channel: rater.kind === 'applicant' ? 'portal' : rater.channel,
        applicant_account_id: rater.kind === 'applicant' ? rater.accountId : null,
        recorded_by: rater.kind === 'desk' ? rater.actor.id : null,
        liked: input.liked ? 1 : 0, comment: input.comment, total_score: scored.total, created_at: uow.now,
      };
      const answers: RatingAnswerRow[] = scored.answers.map((a) => ({ rating_id: rating.id, question_key: a.questionKey, number: a.number, option_key: a.optionKey, score: a.score }));
      await insertRating(ex, rating);
      await insertRatingAnswers(ex, answers);
      // The comment is the applicant's own words and may name people: it stays in the rating, not in the audit trail.
      await uow.audit({
        actor: rater.kind === 'applicant' ? { kind: 'applicant', id: rater.accountId } : { kind: 'officer', id: rater.actor.id },
        action: 'dossier.rate', entityType: 'dossier_rating', entityId: rating.id, orgUnitId: row.competent_unit_id,
        data: { dossierId: row.id, code: row.code, channel: rating.channel, questionSet: set.id, liked: input.liked, totalScore: scored.total }, requestId,
      });
      return presentRating(rating, answers, row.code);
    });
  } catch (error) {
    // Two submissions at once: the unique key lets one through; the other is told it was already rated.
    if (isUniqueViolation(error)) throw new AppError('DUPLICATE', { detail: alreadyRatedDetail(code) });
    throw error;
  }
}
