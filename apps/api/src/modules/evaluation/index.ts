import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import type { JobWorker } from '../../platform/jobs/jobs.ts';
import type { DossierEvents } from '../dossiers/index.ts';
import { evaluationRoutes } from './evaluation.routes.ts';

/** For the service index (Decision 766, 5.4 counts dislikes) and reports: ratings per agency and question. */
export { countRatingsByAgency, sumAnswersByAgency, type RatingFilter } from './evaluation.queries.ts';
export { evaluationSummary } from './evaluation-summary.ts';

/** Citizens' ratings of how their dossiers were handled (rules.md §4). Ratings are made on request; no dossier event is needed. */
export function evaluationModule(app: FastifyInstance, ctx: AppContext, _worker: JobWorker, _dossierEvents: DossierEvents): void {
  evaluationRoutes(app, ctx);
}
