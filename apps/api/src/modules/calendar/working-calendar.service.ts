import { createWorkingCalendar, type CalendarDay, type WorkingCalendar, type WorkingPeriod } from '@motcua/shared';
import type { Executor } from '../../db/executor.ts';
import { getSettings, listAllDays, type CalendarDayRow } from './calendar.queries.ts';

export interface LoadedCalendar {
  calendar: WorkingCalendar;
  receiptCutoff: string;
  revision: number;
}

export const toCalendarDay = (r: CalendarDayRow): CalendarDay => ({
  date: r.date, kind: r.kind, name: r.name, source: r.source, ...(r.is_draft ? { draft: true } : {}),
});

const cache = new WeakMap<object, LoadedCalendar>();

/**
 * The province's working calendar. Rebuilt only when the settings revision moves (every calendar edit bumps it),
 * so several API instances on one PostgreSQL see an edit on their next request. Inside a unit of work read through
 * its transaction (SQLite has one connection, which the open transaction holds) and pass the database as `owner`
 * so the cache outlives the transaction: otherwise every action would rebuild the calendar and its day index.
 */
export async function loadWorkingCalendar(db: Executor, owner: object = db): Promise<LoadedCalendar> {
  const settings = await getSettings(db);
  const cached = cache.get(owner);
  if (cached && cached.revision === settings.revision) return cached;
  const days = (await listAllDays(db)).map(toCalendarDay);
  const periods = JSON.parse(settings.working_periods) as WorkingPeriod[];
  const loaded = { calendar: createWorkingCalendar({ days, hours: { periods } }), receiptCutoff: settings.receipt_cutoff, revision: settings.revision };
  cache.set(owner, loaded);
  return loaded;
}
