import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import type { JobWorker } from '../../platform/jobs/jobs.ts';
import { calendarRoutes } from './calendar.routes.ts';
import { recomputeOpenDeadlines, RECOMPUTE_JOB } from './deadlines.ts';

export { trackDeadline, recomputeOpenDeadlines, CALENDAR_DAYS_CHANGED } from './deadlines.ts';
export { loadWorkingCalendar } from './working-calendar.service.ts';
export { loadReferenceCalendar } from './reference-calendar.ts';

export function calendarModule(app: FastifyInstance, ctx: AppContext, worker: JobWorker): void {
  calendarRoutes(app, ctx);
  worker.register(RECOMPUTE_JOB, async (payload) => {
    const { dates, reason } = payload as { dates: string[]; reason: string };
    await recomputeOpenDeadlines(ctx, dates, reason);
  });
}
