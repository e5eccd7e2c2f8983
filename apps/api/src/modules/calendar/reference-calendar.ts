import { officialCalendarDays, statutoryHolidays } from '@motcua/shared';
import { withUnitOfWork, type AppContext } from '../../platform/context.ts';
import { bumpRevision, insertDays, yearsWithDays } from './calendar.queries.ts';

/** The years we ship: decided schedules as official, the next year as drafts derived from the Labour Code. */
export const DRAFT_YEARS = [2027];

/**
 * Loads the official schedules (2025, 2026) and a draft of 2027 for years that have no entries yet, so an
 * administrator's later edits and deletions are never overwritten. Every deployment needs it, demo or not.
 */
export async function loadReferenceCalendar(ctx: Pick<AppContext, 'db' | 'engine' | 'clock'>): Promise<number> {
  const present = await yearsWithDays(ctx.db);
  const days = [...officialCalendarDays, ...DRAFT_YEARS.flatMap((y) => statutoryHolidays(y))].filter((d) => !present.has(d.date.slice(0, 4)));
  if (days.length === 0) return 0;
  await withUnitOfWork(ctx, async (uow) => {
    await insertDays(uow.trx, days.map((d) => ({ date: d.date, kind: d.kind, name: d.name, source: d.source, is_draft: d.draft ? 1 : 0, updated_at: uow.now, updated_by: null })));
    // Calendars already built by running instances must see the new days.
    await bumpRevision(uow.trx, uow.now);
    await uow.audit({ actor: { kind: 'system', id: null }, action: 'calendar.reference_loaded', entityType: 'calendar', data: { years: [...new Set(days.map((d) => d.date.slice(0, 4)))], days: days.length } });
  });
  return days.length;
}
