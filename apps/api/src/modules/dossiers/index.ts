import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import type { JobWorker } from '../../platform/jobs/jobs.ts';
import { CALENDAR_DAYS_CHANGED } from '../calendar/index.ts';
import { DOSSIER_EVENT } from './actions/receive-dossier.ts';
import { dossierRoutes } from './dossiers.routes.ts';
import { recomputeDossierDueDates } from './recompute-due-dates.ts';
import { closeIfNoSupplement, SUPPLEMENT_TIMER } from './supplement-timer.ts';

export { DOSSIER_EVENT } from './actions/receive-dossier.ts';

export function dossiersModule(app: FastifyInstance, ctx: AppContext, worker: JobWorker): void {
  dossierRoutes(app, ctx);
  worker.register(CALENDAR_DAYS_CHANGED, async (payload) => {
    const { dates, reason } = payload as { dates: string[]; reason: string };
    const moved = await recomputeDossierDueDates(ctx, dates, reason);
    app.log.info({ dates, moved }, 'dossier appointments recomputed after a calendar change');
  });
  worker.register(SUPPLEMENT_TIMER, async (payload) => {
    await closeIfNoSupplement(ctx, payload as { dossierId: string; requestedAt: string });
  });
  // The outbox of status changes: the national-portal sync and applicant notifications subscribe here when
  // they arrive; until then the worker records the delivery (ids and codes only, never personal data).
  worker.register(DOSSIER_EVENT, async (payload) => {
    const { dossierId, action, nationalStatus } = payload as { dossierId: string; action: string; nationalStatus: number };
    app.log.debug({ dossierId, action, nationalStatus }, 'dossier status change published');
  });
}
