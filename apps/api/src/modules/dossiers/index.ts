import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import type { JobWorker } from '../../platform/jobs/jobs.ts';
import { CALENDAR_DAYS_CHANGED } from '../calendar/index.ts';
import { dossierEventBus, type DossierEvents } from './dossier-events.ts';
import { closeIfNoSupplement } from './actions/close-without-supplement.ts';
import { dossierRoutes } from './dossiers.routes.ts';
import { countDossiersByProcedure } from './usage.queries.ts';
import { onlineApplicationOffered } from './procedure-offer.ts';
import { inboundRoutes } from './online/inbound.routes.ts';
import { portalRoutes } from './online/portal.routes.ts';
import { publicLookupRoutes } from './reads/public-lookup.ts';
import { recomputeDossierDueDates } from './recompute-due-dates.ts';
import { SUPPLEMENT_TIMER } from './supplement-timer.ts';

export { DOSSIER_EVENT } from './dossier-events.ts';
export { actOnDossier } from './actions/act-on-dossier.ts';
export type { DossierEvent, DossierEvents, DossierEventSubscriber } from './dossier-events.ts';
// With loadDossierForActor (below): the officer's scope check of the dossier page, for other modules' sub-pages.
export { findDossier } from './dossiers.queries.ts';
export { findAccountDossier } from './online/online.queries.ts';
export {
  findDossierActionForNotification, findDossierActionSteps, findDossierForNotification, type DossierActionForNotification, type DossierForNotification,
} from './notifications.queries.ts';

export function dossiersModule(app: FastifyInstance, ctx: AppContext, worker: JobWorker): DossierEvents {
  dossierRoutes(app, ctx);
  portalRoutes(app, ctx);
  inboundRoutes(app, ctx);
  publicLookupRoutes(app, ctx);
  worker.register(CALENDAR_DAYS_CHANGED, async (payload) => {
    const { dates, reason } = payload as { dates: string[]; reason: string };
    const moved = await recomputeDossierDueDates(ctx, dates, reason);
    app.log.info({ dates, moved }, 'dossier appointments recomputed after a calendar change');
  });
  worker.register(SUPPLEMENT_TIMER, async (payload) => {
    await closeIfNoSupplement(ctx, payload as { dossierId: string; requestedAt: string });
  });
  // The outbox of status changes: documents, notifications and the national-portal sync subscribe here.
  return dossierEventBus(ctx, worker, (msg, extra) => app.log.debug(extra, msg));
}
export { loadDossierForActor } from './dossier-access.ts';
export { timeLimitText } from './procedure-terms.ts';
export { dossierRegisterRows } from './reads/dossiers.reads.ts';
export { dossierDeclaration } from './e-form-answers.ts';

/** For the catalog (app.ts wires them in): dossiers received per procedure in the last 12 months, for its search ranking. */
export function procedureUsage(ctx: AppContext): () => Promise<Map<string, number>> {
  return () => {
    const since = ctx.clock.now();
    since.setUTCFullYear(since.getUTCFullYear() - 1);
    return countDossiersByProcedure(ctx.db, since.toISOString());
  };
}

/** For the catalog's public page: whether the portal takes online applications for the procedure (its apply button). */
export const onlineApplicationCheck = (ctx: AppContext) => (procedureId: string) => onlineApplicationOffered(ctx.db, procedureId);
export { dossierAppliedCases } from './documents.ts';
