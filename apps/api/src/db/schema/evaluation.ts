/** Row types of the evaluation module's tables (see its migration). */
import type { RatingChannel } from '@motcua/shared';

export interface EvaluationTables {
  dossier_ratings: {
    id: string;
    dossier_id: string;
    /** The resolving agency and receiving desk when the rating was made. */
    agency_unit_id: string;
    receiving_unit_id: string;
    /** Id of the dated question set answered (rules/evaluation in packages/shared). */
    question_set: string;
    channel: RatingChannel;
    applicant_account_id: string | null;
    /** The desk officer who entered a rating made at the counter. */
    recorded_by: string | null;
    liked: number;
    comment: string | null;
    total_score: number;
    created_at: string;
  };
  dossier_rating_answers: {
    rating_id: string;
    question_key: string;
    number: number;
    option_key: string;
    score: number;
  };
}
