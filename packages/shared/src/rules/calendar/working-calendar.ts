/**
 * Which days are working days and when the office works, in Vietnam time (fixed UTC+7).
 * Saturdays and Sundays are off unless declared make-up working days; any day-off entry wins
 * over everything else (rules.md §3).
 */
import type { CalendarDay, CalendarDayKind } from './calendar-data.ts';
import { calendarDayKinds, dayOffKinds } from './calendar-data.ts';
import { dateToDayNumber, dayNumberToDate, parseClock, parseDate, weekdayOfDayNumber } from './civil-date.ts';

export interface WorkingPeriod {
  /** 'HH:MM' local time, inclusive. */
  start: string;
  /** 'HH:MM' local time, exclusive. */
  end: string;
}

export interface WorkingHoursConfig {
  periods: WorkingPeriod[];
}

/** A civil-service working day is 8 hours (40-hour, five-day week: Decision 188/1999/QĐ-TTg; rules.md §3). */
export const WORKING_DAY_MINUTES = 8 * 60;
export const WORKING_DAY_LEGAL_BASIS = 'Quyết định 188/1999/QĐ-TTg';

/** 07:30–11:30 and 13:00–17:00: 8 hours, so 8 working hours run from 10:00 one working day to 10:00 the next. */
export const defaultWorkingHours: WorkingHoursConfig = {
  periods: [
    { start: '07:30', end: '11:30' },
    { start: '13:00', end: '17:00' },
  ],
};

/** Total minutes of the periods, or undefined when a time is not 'HH:MM' or a period ends before it starts. */
export function workingPeriodsMinutes(periods: readonly WorkingPeriod[]): number | undefined {
  let total = 0;
  for (const p of periods) {
    const start = clockMinutes(p.start);
    const end = clockMinutes(p.end);
    if (start === undefined || end === undefined || end <= start) return undefined;
    total += end - start;
  }
  return total;
}

function clockMinutes(clock: string): number | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export type DayReason = 'weekday' | 'weekend' | CalendarDayKind;

export interface DayExplanation {
  date: string;
  working: boolean;
  reason: DayReason;
  /** Vietnamese label of the reason. */
  label: string;
  kind?: CalendarDayKind;
  name?: string;
  source?: string;
  draft?: boolean;
}

/** A working period as milliseconds after local midnight. */
export interface PeriodMs {
  start: number;
  end: number;
}

export interface WorkingCalendar {
  readonly days: readonly CalendarDay[];
  readonly hours: WorkingHoursConfig;
  readonly periodsMs: readonly PeriodMs[];
  /** Length of one full working day: 8 hours by default. */
  readonly workingDayMs: number;
  isWorkingDay(date: string): boolean;
  isWorkingDayNumber(dayNumber: number): boolean;
  explainDay(date: string): DayExplanation;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string;
}

export interface WorkingCalendarInput {
  days?: readonly CalendarDay[];
  hours?: WorkingHoursConfig;
}

/** Give up when no working day exists this far ahead: the calendar data must be wrong. */
export const MAX_SEARCH_DAYS = 3700;

const reasonLabels: Record<DayReason, string> = {
  weekday: 'Ngày làm việc',
  weekend: 'Nghỉ cuối tuần',
  public_holiday: 'Nghỉ lễ, Tết',
  substitute_day_off: 'Nghỉ bù',
  swapped_day_off: 'Nghỉ do hoán đổi ngày làm việc',
  provincial_day_off: 'Nghỉ theo quyết định của địa phương',
  makeup_working_day: 'Làm bù',
};

const kindPrecedence: readonly CalendarDayKind[] = [...dayOffKinds, 'makeup_working_day'];

export function createWorkingCalendar(input: WorkingCalendarInput = {}): WorkingCalendar {
  const days = (input.days ?? []).map(validateDay);
  const hours = input.hours ?? defaultWorkingHours;
  const periodsMs = validatePeriods(hours);
  const byDay = indexByDay(days);
  const workingDayMs = periodsMs.reduce((sum, p) => sum + p.end - p.start, 0);

  const explainDayNumber = (dayNumber: number): DayExplanation => {
    const date = dayNumberToDate(dayNumber);
    const entry = byDay.get(dayNumber);
    if (entry) {
      const base = { date, working: entry.kind === 'makeup_working_day', reason: entry.kind, kind: entry.kind };
      const extra = { label: reasonLabels[entry.kind], name: entry.name, source: entry.source };
      return entry.draft ? { ...base, ...extra, draft: true } : { ...base, ...extra };
    }
    const weekday = weekdayOfDayNumber(dayNumber);
    const reason: DayReason = weekday === 0 || weekday === 6 ? 'weekend' : 'weekday';
    return { date, working: reason === 'weekday', reason, label: reasonLabels[reason] };
  };

  const isWorkingDayNumber = (dayNumber: number): boolean => explainDayNumber(dayNumber).working;

  return {
    days,
    hours,
    periodsMs,
    workingDayMs,
    isWorkingDay: (date) => isWorkingDayNumber(dateToDayNumber(date)),
    isWorkingDayNumber,
    explainDay: (date) => explainDayNumber(dateToDayNumber(date)),
    nextWorkingDay: (date) => dayNumberToDate(nextWorkingDayNumber(isWorkingDayNumber, dateToDayNumber(date))),
  };
}

function nextWorkingDayNumber(isWorking: (n: number) => boolean, after: number): number {
  for (let n = after + 1; n <= after + MAX_SEARCH_DAYS; n++) {
    if (isWorking(n)) return n;
  }
  throw new RangeError(`No working day within ${MAX_SEARCH_DAYS} days after ${dayNumberToDate(after)}`);
}

/** One entry per day: the most restrictive kind wins when several documents name the same day. */
function indexByDay(days: readonly CalendarDay[]): Map<number, CalendarDay> {
  const byDay = new Map<number, CalendarDay>();
  for (const day of days) {
    const key = dateToDayNumber(day.date);
    const current = byDay.get(key);
    if (!current || kindPrecedence.indexOf(day.kind) < kindPrecedence.indexOf(current.kind)) byDay.set(key, day);
  }
  return byDay;
}

function validateDay(day: CalendarDay): CalendarDay {
  parseDate(day.date);
  if (!calendarDayKinds.includes(day.kind)) throw new RangeError(`Unknown calendar day kind: ${String(day.kind)}`);
  return day;
}

function validatePeriods(hours: WorkingHoursConfig): PeriodMs[] {
  const periods = hours.periods.map((p) => ({ start: parseClock(p.start), end: parseClock(p.end) }));
  if (periods.length === 0) throw new RangeError('Working hours need at least one period');
  periods.forEach((p, i) => {
    const previous = periods[i - 1];
    if (p.end <= p.start) throw new RangeError(`Working period ${i + 1} ends before it starts`);
    if (previous && p.start < previous.end) throw new RangeError(`Working period ${i + 1} overlaps or is out of order`);
  });
  return periods;
}
