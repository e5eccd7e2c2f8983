import { calendarSettingsBody, calendarYear, computeDueDate, dateParams, deadlineChange, dueDateBody, dueDateResponse, listOf, putCalendarDayBody, yearParams, calendarDay, type WorkingPeriod } from '@motcua/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/auth.plugin.ts';
import type { AppContext } from '../../platform/context.ts';
import { removeCalendarDay, setCalendarDay, updateCalendarSettings } from './actions/change-calendar.ts';
import { presentCalendarDay, presentDueDate } from './calendar.presenter.ts';
import { getSettings, listDaysOfYear, listDeadlineChanges } from './calendar.queries.ts';
import { loadWorkingCalendar } from './working-calendar.service.ts';

const tags = ['Lịch làm việc'];

function countWorkingDays(year: number, isWorkingDay: (d: string) => boolean): number {
  let n = 0;
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) if (isWorkingDay(new Date(t).toISOString().slice(0, 10))) n += 1;
  return n;
}

export function calendarRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const publicLimit = { max: ctx.config.publicRatePerMinute, timeWindow: '1 minute' };

  r.get('/api/calendar/:year', {
    schema: { tags, summary: 'Ngày nghỉ và ngày làm bù trong năm', params: yearParams, response: { 200: calendarYear } },
    config: { auth: 'public', rateLimit: publicLimit },
  }, async (request) => {
    const { year } = request.params;
    const [rows, settings, loaded] = await Promise.all([listDaysOfYear(ctx.db, year), getSettings(ctx.db), loadWorkingCalendar(ctx.db)]);
    return {
      year,
      days: rows.map(presentCalendarDay),
      workingPeriods: JSON.parse(settings.working_periods) as WorkingPeriod[],
      receiptCutoff: settings.receipt_cutoff,
      workingDays: countWorkingDays(year, (d) => loaded.calendar.isWorkingDay(d)),
    };
  });

  r.post('/api/calendar/due-date', {
    schema: { tags, summary: 'Tính ngày hẹn trả kết quả, có giải thích từng ngày', body: dueDateBody, response: { 200: dueDateResponse } },
    config: { auth: 'public', rateLimit: publicLimit },
  }, async (request) => {
    const { calendar } = await loadWorkingCalendar(ctx.db);
    const { receivedAt, timeLimit, events } = request.body;
    return presentDueDate(computeDueDate({ start: receivedAt, timeLimit, calendar, events: events ?? [] }), receivedAt);
  });

  r.put('/api/calendar/days/:date', {
    schema: { tags, summary: 'Đặt ngày nghỉ lễ, nghỉ bù, hoán đổi hoặc làm bù', params: dateParams, body: putCalendarDayBody, response: { 200: calendarDay } },
    config: { auth: { permission: 'calendar.manage' } },
  }, async (request) => setCalendarDay(ctx, requireActor(request), request.params.date, request.body, request.id));

  r.delete('/api/calendar/days/:date', {
    schema: { tags, summary: 'Bỏ một ngày khỏi lịch', params: dateParams },
    config: { auth: { permission: 'calendar.manage' } },
  }, async (request, reply) => {
    await removeCalendarDay(ctx, requireActor(request), request.params.date, request.id);
    return reply.status(204).send();
  });

  r.put('/api/calendar/settings', {
    schema: { tags, summary: 'Giờ làm việc và giờ chốt tiếp nhận', body: calendarSettingsBody },
    config: { auth: { permission: 'calendar.manage' } },
  }, async (request, reply) => {
    await updateCalendarSettings(ctx, requireActor(request), request.body, request.id);
    return reply.status(204).send();
  });

  r.get('/api/calendar/deadline-changes', {
    schema: { tags, summary: 'Các thời hạn đã được tính lại do thay đổi lịch', response: { 200: listOf(deadlineChange) } },
    config: { auth: { permission: 'calendar.manage' } },
  }, async () => ({
    items: (await listDeadlineChanges(ctx.db, 200)).map((c) => ({
      id: c.id, subjectType: c.subject_type, subjectId: c.subject_id, oldDueAt: c.old_due_at, newDueAt: c.new_due_at, reason: c.reason, changedAt: c.changed_at,
    })),
  }));
}
