/**
 * How ratings become index scores (rules.md §4, Circular 01/2018/TT-VPCP Art. 12–15): an index's score is the
 * mean of its points over the rated dossiers, rounded to one decimal; an agency's total is the sum of the
 * indices that have data (an index without data is left out); the total grades the agency.
 */
import type { FieldError } from '../../errors.ts';
import type { RatingQuestionKey, RatingQuestionSet } from './question-sets.ts';

export interface ScoredAnswer {
  questionKey: RatingQuestionKey;
  number: number;
  optionKey: string;
  score: number;
}

export type ScoreResult = { ok: true; answers: ScoredAnswer[]; total: number } | { ok: false; errors: FieldError[] };

/**
 * Checks one rating against its set: every question answered with one of its options. Field paths name the
 * question (`body.answers.total_time`), so a form can put the message next to it.
 */
export function scoreRating(set: RatingQuestionSet, answers: Readonly<Record<string, string | null | undefined>>, pathPrefix = 'body.answers'): ScoreResult {
  const errors: FieldError[] = [];
  const scored: ScoredAnswer[] = [];
  for (const q of set.questions) {
    const chosen = answers[q.key];
    const option = q.options.find((o) => o.key === chosen);
    if (chosen === undefined || chosen === null || chosen === '') errors.push({ path: `${pathPrefix}.${q.key}`, message: `Vui lòng trả lời câu ${q.number}` });
    else if (!option) errors.push({ path: `${pathPrefix}.${q.key}`, message: `Câu trả lời của câu ${q.number} không hợp lệ` });
    else scored.push({ questionKey: q.key, number: q.number, optionKey: option.key, score: option.score });
  }
  for (const key of Object.keys(answers)) {
    if (!set.questions.some((q) => q.key === key)) errors.push({ path: `${pathPrefix}.${key}`, message: 'Không có câu hỏi này trong phiếu đánh giá' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, answers: scored, total: scored.reduce((sum, a) => sum + a.score, 0) };
}

/**
 * An answer counts as satisfied when it is not the lowest (0 points). The circular scores answers and does not
 * define satisfaction; this is our reading for the "share satisfied" the officers' summary shows.
 */
export const satisfiedMinScore = 1;
export const isSatisfiedScore = (score: number) => score >= satisfiedMinScore;

/** Mean of an index's points over dossiers, one decimal; null without data. Integer arithmetic avoids 0.1-steps drifting. */
export function indexScore(sumOfPoints: number, count: number): number | null {
  if (count <= 0) return null;
  return Math.round((sumOfPoints * 10) / count) / 10;
}

/** Sum of the indices that have data, one decimal; null when none has. */
export function totalScore(indexScores: readonly (number | null)[]): number | null {
  const present = indexScores.filter((s): s is number => s !== null);
  if (present.length === 0) return null;
  return Math.round(present.reduce((sum, s) => sum + s * 10, 0)) / 10;
}

export const agencyGrades = ['excellent', 'good', 'fair', 'average', 'weak'] as const;
export type AgencyGrade = (typeof agencyGrades)[number];

export const agencyGradeLabels: Record<AgencyGrade, string> = {
  excellent: 'Xuất sắc',
  good: 'Tốt',
  fair: 'Khá',
  average: 'Trung bình',
  weak: 'Yếu',
};

/** rules.md §4: ≥ 15 excellent, 12–<15 good, 9–<12 fair, 6–<9 average, < 6 weak (out of 18). */
export function agencyGradeOf(total: number): AgencyGrade {
  if (total >= 15) return 'excellent';
  if (total >= 12) return 'good';
  if (total >= 9) return 'fair';
  if (total >= 6) return 'average';
  return 'weak';
}

export type StaffDutyBand = 'full' | 'partial' | 'below';

/** Officers, on indices 1, 2, 3, 4 and 7 (max 10): ≥ 5 points = 100 % of duty, 3.5–<5 = 70–<100 %, < 3.5 = < 70 %. */
export function staffDutyBandOf(total: number): StaffDutyBand {
  if (total >= 5) return 'full';
  if (total >= 3.5) return 'partial';
  return 'below';
}
