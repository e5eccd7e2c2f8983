import type { CalendarDayDto, CalendarSettingsBody, PutCalendarDayBody } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors.ts';
import { presentCalendarDay } from '../calendar.presenter.ts';
import { bumpRevision, deleteDay, findDay, getSettings, upsertDay } from '../calendar.queries.ts';
import { CALENDAR_DAYS_CHANGED, RECOMPUTE_JOB } from '../deadlines.ts';

const officer = (actor: Actor) => ({ kind: 'officer' as const, id: actor.id });

/** Sets what a date is (a holiday, a make-up working Saturday…) and schedules the recomputation of open deadlines. */
export async function setCalendarDay(ctx: AppContext, actor: Actor, date: string, body: PutCalendarDayBody, requestId: string): Promise<CalendarDayDto> {
  return withUnitOfWork(ctx, async (uow) => {
    const before = await findDay(uow.trx, date);
    const row = { date, kind: body.kind, name: body.name, source: body.source, is_draft: 0, updated_at: uow.now, updated_by: actor.id };
    await upsertDay(uow.trx, row);
    await bumpRevision(uow.trx, uow.now);
    const reason = `Lịch làm việc ngày ${date.split('-').reverse().join('/')} đổi thành "${body.name}" (${body.source})`;
    await uow.enqueue(RECOMPUTE_JOB, { dates: [date], reason });
    await uow.enqueue(CALENDAR_DAYS_CHANGED, { dates: [date], reason });
    await uow.audit({
      actor: officer(actor), action: before ? 'calendar.day_changed' : 'calendar.day_added', entityType: 'calendar_day', entityId: date,
      data: { before: before ? { kind: before.kind, name: before.name, source: before.source } : null, after: body }, requestId,
    });
    return presentCalendarDay(row);
  });
}

export async function removeCalendarDay(ctx: AppContext, actor: Actor, date: string, requestId: string): Promise<void> {
  await withUnitOfWork(ctx, async (uow) => {
    const before = await findDay(uow.trx, date);
    if (!before) throw notFound('Ngày này không có trong lịch ngày nghỉ, ngày làm bù.');
    await deleteDay(uow.trx, date);
    await bumpRevision(uow.trx, uow.now);
    const reason = `Bỏ "${before.name}" ngày ${date.split('-').reverse().join('/')} khỏi lịch`;
    await uow.enqueue(RECOMPUTE_JOB, { dates: [date], reason });
    await uow.enqueue(CALENDAR_DAYS_CHANGED, { dates: [date], reason });
    await uow.audit({ actor: officer(actor), action: 'calendar.day_removed', entityType: 'calendar_day', entityId: date, data: { before: { kind: before.kind, name: before.name, source: before.source } }, requestId });
  });
}

export async function updateCalendarSettings(ctx: AppContext, actor: Actor, body: CalendarSettingsBody, requestId: string): Promise<void> {
  await withUnitOfWork(ctx, async (uow) => {
    const before = await getSettings(uow.trx);
    await bumpRevision(uow.trx, uow.now, { working_periods: JSON.stringify(body.workingPeriods), receipt_cutoff: body.receiptCutoff });
    await uow.audit({
      actor: officer(actor), action: 'calendar.settings_changed', entityType: 'calendar_settings', entityId: '1',
      data: { before: { workingPeriods: JSON.parse(before.working_periods), receiptCutoff: before.receipt_cutoff }, after: body }, requestId,
    });
  });
}
