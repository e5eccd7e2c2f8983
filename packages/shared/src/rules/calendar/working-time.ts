/**
 * Arithmetic on working time: instants are epoch milliseconds, working time counts only the
 * working periods of working days. Periods are half-open: 11:30 is already the lunch break.
 */
import { MS_PER_HOUR, instantAt, localDayNumber, parseInstant } from './civil-date.ts';
import type { WorkingCalendar } from './working-calendar.ts';
import { MAX_SEARCH_DAYS } from './working-calendar.ts';

export interface Interval {
  start: number;
  end: number;
}

export function workingIntervalsOfDay(calendar: WorkingCalendar, dayNumber: number): Interval[] {
  if (!calendar.isWorkingDayNumber(dayNumber)) return [];
  return calendar.periodsMs.map((p) => ({ start: instantAt(dayNumber, p.start), end: instantAt(dayNumber, p.end) }));
}

/** Working intervals from `fromMs` on, clipped at `fromMs`, in order; ends at `untilMs` if given. */
export function* workingIntervals(calendar: WorkingCalendar, fromMs: number, untilMs = Infinity): Generator<Interval> {
  let idle = 0;
  for (let day = localDayNumber(fromMs); instantAt(day, 0) < untilMs; day++) {
    const intervals = workingIntervalsOfDay(calendar, day);
    idle = intervals.length === 0 ? idle + 1 : 0;
    if (idle > MAX_SEARCH_DAYS) throw new RangeError(`No working day within ${MAX_SEARCH_DAYS} days`);
    for (const iv of intervals) {
      if (iv.start >= untilMs) return;
      if (iv.end > fromMs) yield { start: Math.max(iv.start, fromMs), end: Math.min(iv.end, untilMs) };
    }
  }
}

/** `ms` itself when it lies inside working hours, else the start of the next working period. */
export function nextWorkingInstant(calendar: WorkingCalendar, ms: number): number {
  const first = workingIntervals(calendar, ms).next();
  if (first.done) throw new RangeError('No working period found');
  return first.value.start;
}

/**
 * The instant at which `amountMs` of working time has run from `fromMs`.
 * With `rollAtPeriodEnd`, an amount that runs out exactly at the end of a period is placed at the
 * start of the next one: that is what makes N working days end at the same time of day.
 */
export function addWorkingTime(calendar: WorkingCalendar, fromMs: number, amountMs: number, rollAtPeriodEnd = false): number {
  let left = Math.round(amountMs);
  if (left <= 0) return fromMs;
  for (const iv of workingIntervals(calendar, fromMs)) {
    const length = iv.end - iv.start;
    if (left < length) return iv.start + left;
    if (left === length) return rollAtPeriodEnd ? nextWorkingInstant(calendar, iv.end) : iv.end;
    left -= length;
  }
  throw new RangeError('Working time never runs out');
}

/** Working milliseconds between two instants; negative when `toMs` is before `fromMs`. */
export function workingMsBetween(calendar: WorkingCalendar, fromMs: number, toMs: number): number {
  if (toMs < fromMs) return -workingMsBetween(calendar, toMs, fromMs);
  let total = 0;
  for (const iv of workingIntervals(calendar, fromMs, toMs)) total += iv.end - iv.start;
  return total;
}

export interface WorkingTime {
  /** Working milliseconds; negative when `to` is before `from`. */
  ms: number;
  hours: number;
  /** In full working days of the calendar (8 hours by default). */
  workingDays: number;
}

/** Working time between two ISO instants, for step budgets and early / late margins. */
export function workingTimeBetween(from: string, to: string, calendar: WorkingCalendar): WorkingTime {
  const ms = workingMsBetween(calendar, parseInstant(from), parseInstant(to));
  return { ms, hours: ms / MS_PER_HOUR, workingDays: ms / calendar.workingDayMs };
}
