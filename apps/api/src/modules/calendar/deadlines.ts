import { computeDueDate, type ClockEvent, type TimeLimit } from '@motcua/shared';
import { withUnitOfWork, type AppContext, type UnitOfWork } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { insertDeadlineChange, insertTrackedDeadline, openDeadlinesStartedBefore, updateDeadline, type TrackedDeadlineRow } from './calendar.queries.ts';
import { loadWorkingCalendar } from './working-calendar.service.ts';

export const RECOMPUTE_JOB = 'calendar.recompute-deadlines';
/** Published when working days change, for modules that keep their own deadlines (dossiers). Payload: { dates, reason }. */
export const CALENDAR_DAYS_CHANGED = 'calendar.days_changed';

/**
 * Registers a legal deadline (a dossier's due date, a feedback deadline…) so that calendar edits recompute it.
 * Other modules call this inside their own unit of work.
 */
export async function trackDeadline(
  uow: UnitOfWork,
  input: { subjectType: string; subjectId: string; startAt: string; timeLimit: TimeLimit; events?: ClockEvent[] },
): Promise<string | null> {
  const { calendar } = await loadWorkingCalendar(uow.trx);
  const result = computeDueDate({ start: input.startAt, timeLimit: input.timeLimit, calendar, events: input.events ?? [] });
  await insertTrackedDeadline(uow.trx, {
    id: newId(), subject_type: input.subjectType, subject_id: input.subjectId, start_at: new Date(input.startAt).toISOString(),
    time_limit_value: input.timeLimit.value, time_limit_unit: input.timeLimit.unit, events: JSON.stringify(input.events ?? []),
    due_at: result.dueAt, state: 'open', created_at: uow.now, updated_at: uow.now,
  });
  return result.dueAt;
}

function recompute(row: TrackedDeadlineRow, calendar: Awaited<ReturnType<typeof loadWorkingCalendar>>['calendar']): string | null {
  return computeDueDate({
    start: row.start_at,
    timeLimit: { value: row.time_limit_value, unit: row.time_limit_unit },
    calendar,
    events: JSON.parse(row.events) as ClockEvent[],
  }).dueAt;
}

/** Recomputes every open deadline a calendar change may touch; each moved deadline is logged with why. Returns how many moved. */
export async function recomputeOpenDeadlines(ctx: AppContext, changedDates: string[], reason: string): Promise<number> {
  if (changedDates.length === 0) return 0;
  const { calendar } = await loadWorkingCalendar(ctx.db);
  const latest = [...changedDates].sort().at(-1)!;
  const earliest = [...changedDates].sort()[0]!;
  const candidates = await openDeadlinesStartedBefore(ctx.db, `${latest}T23:59:59.999Z`);
  let moved = 0;
  for (const row of candidates) {
    if (row.due_at && Date.parse(row.due_at) < Date.parse(`${earliest}T00:00:00+07:00`)) continue;
    const dueAt = recompute(row, calendar);
    if (dueAt === row.due_at) continue;
    await withUnitOfWork(ctx, async (uow) => {
      await updateDeadline(uow.trx, row.id, { due_at: dueAt, updated_at: uow.now });
      await insertDeadlineChange(uow.trx, { id: newId(), deadline_id: row.id, old_due_at: row.due_at, new_due_at: dueAt, reason, changed_dates: JSON.stringify(changedDates), changed_at: uow.now });
      await uow.audit({ actor: { kind: 'system', id: null }, action: 'deadline.recomputed', entityType: row.subject_type, entityId: row.subject_id, data: { from: row.due_at, to: dueAt, reason } });
    });
    moved += 1;
  }
  return moved;
}
