/**
 * Contracts of the evaluation module: the applicant's rating of how a dossier was handled (rules.md §4, the nine
 * Decree 61 indices and like/dislike) and the officers' summary per agency.
 */
import { z } from 'zod';
import { agencyGrades } from '../rules/evaluation/scoring.ts';
import { civilDate, idSchema, isoInstant } from './common.ts';
import { dossierStatusSchema } from './dossiers.ts';

/** Where the rating was made: the applicant's portal account, a device at the counter, or a paper slip entered by the desk. */
export const ratingChannels = ['portal', 'kiosk', 'desk'] as const;
export const ratingChannelSchema = z.enum(ratingChannels);
export type RatingChannel = z.infer<typeof ratingChannelSchema>;

export const ratingChannelLabels: Record<RatingChannel, string> = {
  portal: 'Cổng dịch vụ công',
  kiosk: 'Thiết bị đánh giá tại quầy',
  desk: 'Phiếu đánh giá do Bộ phận Một cửa nhập',
};

export const ratingOptionView = z.object({ key: z.string(), score: z.number().int(), label: z.string(), criterion: z.string() });

export const ratingQuestionView = z.object({
  key: z.string(),
  number: z.number().int(),
  legalName: z.string(),
  text: z.string(),
  hint: z.string().nullable(),
  options: z.array(ratingOptionView),
});
export type RatingQuestionView = z.infer<typeof ratingQuestionView>;

export const ratingQuestionSetView = z.object({
  id: z.string(),
  title: z.string(),
  citation: z.string(),
  effectiveFrom: civilDate,
  questions: z.array(ratingQuestionView),
});
export type RatingQuestionSetView = z.infer<typeof ratingQuestionSetView>;

export const ratingView = z.object({
  id: z.string(),
  dossierId: z.string(),
  dossierCode: z.string(),
  questionSetId: z.string(),
  channel: ratingChannelSchema,
  liked: z.boolean(),
  comment: z.string().nullable(),
  /** Sum of the nine answers' points (18 at most). */
  totalScore: z.number().int(),
  answers: z.array(z.object({ questionKey: z.string(), optionKey: z.string(), score: z.number().int() })),
  createdAt: isoInstant,
});
export type RatingView = z.infer<typeof ratingView>;

/** What the rating form needs: the questions in force, the rating already made, and whether one may be made now. */
export const dossierRatingPage = z.object({
  dossier: z.object({ id: z.string(), code: z.string(), procedureName: z.string(), status: dossierStatusSchema }),
  questionSet: ratingQuestionSetView,
  rating: ratingView.nullable(),
  canRate: z.boolean(),
  /** Why not, in Vietnamese, when canRate is false. */
  cannotRateReason: z.string().nullable(),
});
export type DossierRatingPage = z.infer<typeof dossierRatingPage>;

export const submitRatingBody = z.object({
  /** Question key → chosen option key; all nine are required (the server names the missing ones). */
  answers: z.record(z.string().max(40), z.string().max(40)).default({}),
  liked: z.boolean({ error: 'Vui lòng chọn Hài lòng hoặc Không hài lòng' }),
  comment: z.string().trim().max(1000, 'Ý kiến tối đa 1000 ký tự').nullish().transform((v) => (v ? v : null)),
});
export type SubmitRatingBody = z.input<typeof submitRatingBody>;

/** A rating made at the counter for a dossier with no portal account, entered by the desk. */
export const deskRatingBody = submitRatingBody.extend({ channel: z.enum(['kiosk', 'desk']).default('kiosk') });
export type DeskRatingBody = z.input<typeof deskRatingBody>;

export const evaluationSummaryQuery = z.object({ from: civilDate, to: civilDate, unitId: idSchema.optional() });
export type EvaluationSummaryQuery = z.infer<typeof evaluationSummaryQuery>;

export const agencyGradeSchema = z.enum(agencyGrades);

const questionFigures = z.object({
  key: z.string(),
  answered: z.number().int(),
  /** Answers above 0 points over answers, in per cent with 2 decimals; null without answers. */
  satisfiedPercent: z.number().nullable(),
  /** Mean points over rated dossiers, one decimal (the index score); null without answers. */
  averageScore: z.number().nullable(),
});
export type QuestionFigures = z.infer<typeof questionFigures>;

const figures = z.object({
  ratings: z.number().int(),
  likes: z.number().int(),
  dislikes: z.number().int(),
  questions: z.array(questionFigures),
  /** Sum of the index scores with data (18 at most); null without ratings. */
  totalScore: z.number().nullable(),
  grade: agencyGradeSchema.nullable(),
  gradeLabel: z.string().nullable(),
});

export const agencyEvaluation = figures.extend({ unitId: z.string(), unitName: z.string() });
export type AgencyEvaluation = z.infer<typeof agencyEvaluation>;

export const evaluationSummary = z.object({
  from: civilDate,
  to: civilDate,
  questionSet: ratingQuestionSetView,
  /** Per resolving agency, most ratings first. */
  agencies: z.array(agencyEvaluation),
  /** Every rating in the officer's scope and the filter. */
  totals: figures,
});
export type EvaluationSummary = z.infer<typeof evaluationSummary>;
