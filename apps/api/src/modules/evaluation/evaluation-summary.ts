/**
 * The officers' summary of citizens' ratings (rules.md §4): per resolving agency, how many ratings, the share of
 * satisfied answers and the index score per question, likes and dislikes (Decision 766 indicator 5.4 counts the
 * dislikes), the total and the grade. Only ratings of dossiers whose agency or receiving desk is in the officer's scope.
 */
import {
  agencyGradeLabels, agencyGradeOf, indexScore, ratingQuestionSets, ratingQuestionSetAt, satisfiedMinScore, totalScore,
  type AgencyEvaluation, type EvaluationSummary, type EvaluationSummaryQuery, type QuestionFigures, type RatingQuestionSet,
} from '@motcua/shared';
import { scopePaths, type Actor } from '../../platform/auth/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError, fieldError } from '../../platform/errors.ts';
import { presentQuestionSet } from './evaluation.presenter.ts';
import { countRatingsByAgency, findUnitPath, sumAnswersByAgency } from './evaluation.queries.ts';

const DAY_MS = 86_400_000;
const MAX_DAYS = 366;
const startOfDay = (date: string) => new Date(`${date}T00:00:00+07:00`).toISOString();
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00+07:00`) + DAY_MS).toISOString();

interface Sums { answered: number; points: number; satisfied: number }
interface Counts { ratings: number; likes: number }

function figuresOf(set: RatingQuestionSet, counts: Counts, sums: Map<string, Sums>): Omit<AgencyEvaluation, 'unitId' | 'unitName'> {
  const questions: QuestionFigures[] = set.questions.map((q) => {
    const s = sums.get(q.key) ?? { answered: 0, points: 0, satisfied: 0 };
    return {
      key: q.key, answered: s.answered,
      satisfiedPercent: s.answered > 0 ? Math.round((s.satisfied * 10_000) / s.answered) / 100 : null,
      averageScore: indexScore(s.points, s.answered),
    };
  });
  const total = totalScore(questions.map((q) => q.averageScore));
  const grade = total === null ? null : agencyGradeOf(total);
  return {
    ratings: counts.ratings, likes: counts.likes, dislikes: counts.ratings - counts.likes, questions,
    totalScore: total, grade, gradeLabel: grade ? agencyGradeLabels[grade] : null,
  };
}

function addSums(into: Map<string, Sums>, key: string, s: Sums): void {
  const cur = into.get(key) ?? { answered: 0, points: 0, satisfied: 0 };
  into.set(key, { answered: cur.answered + s.answered, points: cur.points + s.points, satisfied: cur.satisfied + s.satisfied });
}

export async function evaluationSummary(ctx: AppContext, actor: Actor, q: EvaluationSummaryQuery): Promise<EvaluationSummary> {
  if (q.to < q.from) throw fieldError('querystring.to', 'Ngày kết thúc phải sau ngày bắt đầu');
  if ((Date.parse(q.to) - Date.parse(q.from)) / DAY_MS >= MAX_DAYS) throw fieldError('querystring.to', `Chỉ tổng hợp tối đa ${MAX_DAYS} ngày một lần`);
  const paths = scopePaths(actor, 'dossier.read');
  let unitPath: string | undefined;
  if (q.unitId) {
    const unit = await findUnitPath(ctx.db, q.unitId);
    if (!unit) throw fieldError('querystring.unitId', 'Không tìm thấy đơn vị');
    if (!paths.some((p) => unit.path.startsWith(p) || p.startsWith(unit.path))) throw new AppError('OUT_OF_SCOPE');
    unitPath = unit.path;
  }
  const filter = { scopePaths: paths, ...(unitPath !== undefined ? { unitPath } : {}), fromInstant: startOfDay(q.from), toInstant: nextDay(q.to) };
  const [counts, sums] = await Promise.all([countRatingsByAgency(ctx.db, filter), sumAnswersByAgency(ctx.db, filter, satisfiedMinScore)]);

  // The questions of the set in force at the end of the period (the first set for a period before any).
  const set = q.to < ratingQuestionSets[0]!.effectiveFrom ? ratingQuestionSets[0]! : ratingQuestionSetAt(q.to);
  const byAgency = new Map<string, Map<string, Sums>>();
  const all = new Map<string, Sums>();
  for (const s of sums) {
    const m = byAgency.get(s.unitId) ?? new Map<string, Sums>();
    byAgency.set(s.unitId, m);
    addSums(m, s.questionKey, s);
    addSums(all, s.questionKey, s);
  }
  const agencies = counts
    .map((c) => ({ unitId: c.unitId, unitName: c.unitName, ...figuresOf(set, c, byAgency.get(c.unitId) ?? new Map()) }))
    .sort((a, b) => b.ratings - a.ratings || a.unitName.localeCompare(b.unitName, 'vi'));
  const totals = figuresOf(set, { ratings: counts.reduce((n, c) => n + c.ratings, 0), likes: counts.reduce((n, c) => n + c.likes, 0) }, all);
  return { from: q.from, to: q.to, questionSet: presentQuestionSet(set), agencies, totals };
}
