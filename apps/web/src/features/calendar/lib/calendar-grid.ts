/**
 * Calendar arithmetic on legal dates ('YYYY-MM-DD'). Everything runs in UTC on purpose: a legal
 * date is a day of the Vietnamese calendar, not an instant, so the browser's zone must not shift it.
 */
const pad = (n: number) => String(n).padStart(2, '0');

export function toLegalDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The weeks of a month, Monday first; null pads the days of the neighbouring months. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = toLegalDate(year, month, 1);
  const lead = (weekdayOf(first) + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day += 1) cells.push(toLegalDate(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Monday-first column order of weekdays (1 = Monday … 0 = Sunday). */
export const mondayFirstWeekdays = [1, 2, 3, 4, 5, 6, 0] as const;

export const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
