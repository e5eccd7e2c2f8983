import type { RatingQuestionSet, RatingQuestionSetView, RatingView } from '@motcua/shared';
import type { RatingAnswerRow, RatingRow } from './evaluation.queries.ts';

export function presentQuestionSet(set: RatingQuestionSet): RatingQuestionSetView {
  return {
    id: set.id, title: set.title, citation: set.citation, effectiveFrom: set.effectiveFrom,
    questions: set.questions.map((q) => ({
      key: q.key, number: q.number, legalName: q.legalName, text: q.text, hint: q.hint ?? null,
      options: q.options.map((o) => ({ key: o.key, score: o.score, label: o.label, criterion: o.criterion })),
    })),
  };
}

export function presentRating(row: RatingRow, answers: RatingAnswerRow[], dossierCode: string): RatingView {
  return {
    id: row.id, dossierId: row.dossier_id, dossierCode, questionSetId: row.question_set, channel: row.channel,
    liked: row.liked === 1, comment: row.comment, totalScore: Number(row.total_score),
    answers: answers.map((a) => ({ questionKey: a.question_key, optionKey: a.option_key, score: Number(a.score) })),
    createdAt: row.created_at,
  };
}
