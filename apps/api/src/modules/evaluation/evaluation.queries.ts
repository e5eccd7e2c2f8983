/** All SQL of the evaluation module. */
import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type RatingRow = DB['dossier_ratings'];
export type RatingAnswerRow = DB['dossier_rating_answers'];

export const insertRating = (ex: Executor, row: RatingRow) => ex.insertInto('dossier_ratings').values(row).execute();

export const insertRatingAnswers = (ex: Executor, rows: RatingAnswerRow[]) => ex.insertInto('dossier_rating_answers').values(rows).execute();

export const findRatingOfDossier = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_ratings').selectAll().where('dossier_id', '=', dossierId).executeTakeFirst();

export const listRatingAnswers = (ex: Executor, ratingId: string) =>
  ex.selectFrom('dossier_rating_answers').selectAll().where('rating_id', '=', ratingId).orderBy('number').execute();

export const findUnitPath = (ex: Executor, id: string) => ex.selectFrom('org_units').select(['id', 'path', 'name']).where('id', '=', id).executeTakeFirst();

export interface RatingFilter {
  /** Scope: subtrees where the officer may read dossiers; a rating is in scope through its agency or its receiving desk. */
  scopePaths: string[];
  /** Optional narrowing to one unit's subtree, by the same two units. */
  unitPath?: string;
  fromInstant: string;
  toInstant: string;
}

function ratingsIn(ex: Executor, f: RatingFilter) {
  const unitPath = f.unitPath;
  return ex
    .selectFrom('dossier_ratings as r')
    .innerJoin('org_units as agency', 'agency.id', 'r.agency_unit_id')
    .innerJoin('org_units as receiving', 'receiving.id', 'r.receiving_unit_id')
    .where('r.created_at', '>=', f.fromInstant)
    .where('r.created_at', '<', f.toInstant)
    .where((eb) => eb.or(f.scopePaths.flatMap((p) => [eb('agency.path', 'like', `${p}%`), eb('receiving.path', 'like', `${p}%`)])))
    .$if(unitPath !== undefined, (q) => q.where((eb) => eb.or([eb('agency.path', 'like', `${unitPath}%`), eb('receiving.path', 'like', `${unitPath}%`)])));
}

/** Per agency: ratings, likes. */
export async function countRatingsByAgency(ex: Executor, f: RatingFilter) {
  if (f.scopePaths.length === 0) return [];
  const rows = await ratingsIn(ex, f)
    .select(['agency.id as unit_id', 'agency.name as unit_name', sql<number>`count(*)`.as('ratings'), sql<number>`sum(r.liked)`.as('likes')])
    .groupBy(['agency.id', 'agency.name'])
    .execute();
  return rows.map((r) => ({ unitId: r.unit_id, unitName: r.unit_name, ratings: Number(r.ratings), likes: Number(r.likes ?? 0) }));
}

/** Per agency and question: answers, their points, and answers at or above `satisfiedFrom` points. */
export async function sumAnswersByAgency(ex: Executor, f: RatingFilter, satisfiedFrom: number) {
  if (f.scopePaths.length === 0) return [];
  const rows = await ratingsIn(ex, f)
    .innerJoin('dossier_rating_answers as a', 'a.rating_id', 'r.id')
    .select([
      'agency.id as unit_id',
      'a.question_key',
      sql<number>`count(*)`.as('answered'),
      sql<number>`sum(a.score)`.as('points'),
      sql<number>`sum(case when a.score >= ${satisfiedFrom} then 1 else 0 end)`.as('satisfied'),
    ])
    .groupBy(['agency.id', 'a.question_key'])
    .execute();
  return rows.map((r) => ({ unitId: r.unit_id, questionKey: r.question_key, answered: Number(r.answered), points: Number(r.points ?? 0), satisfied: Number(r.satisfied ?? 0) }));
}
