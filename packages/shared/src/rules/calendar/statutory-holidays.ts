/**
 * Draft public holidays for a year the Government has not yet decided, derived from the
 * Labour Code 2019 (Law 45/2019/QH14) Art. 112, with substitute days under Art. 111(3).
 * The Government fixes the exact Tết days and the day next to 2/9 every year, so everything
 * here is a suggestion for an administrator, flagged `draft: true`.
 * 24/11 (Vietnam Culture Day) is deliberately absent: its status as a paid holiday is unconfirmed.
 */
import type { CalendarDay } from './calendar-data.ts';
import { addDays, formatDate, weekdayOf } from './civil-date.ts';
import { hungKingsDate, tetDate, tetEveDate } from './lunar.ts';

export const LABOUR_CODE_ART_112 = 'Bộ luật Lao động 45/2019/QH14, Điều 112';
export const LABOUR_CODE_ART_111 = 'Bộ luật Lao động 45/2019/QH14, Điều 111 khoản 3';

export type DraftCalendarDay = CalendarDay & { draft: true };

const isWeekend = (date: string): boolean => {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
};

export function statutoryHolidays(year: number): DraftCalendarDay[] {
  if (!Number.isInteger(year)) throw new RangeError(`Invalid year: ${year}`);
  const holidays = [
    holiday(ymd(year, 1, 1), 'Tết Dương lịch'),
    ...tetDays(year),
    holiday(hungKingsDate(year), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    holiday(ymd(year, 4, 30), 'Ngày Chiến thắng (30/4)'),
    holiday(ymd(year, 5, 1), 'Ngày Quốc tế Lao động (1/5)'),
    holiday(ymd(year, 9, 2), 'Quốc khánh (2/9)'),
    holiday(nationalDayAdjacent(year), 'Quốc khánh (ngày liền kề, dự kiến)'),
  ].sort(byDate);
  return [...holidays, ...substitutes(holidays)].sort(byDate);
}

/** Default suggestion: the eve (giao thừa) and the first four days of the lunar year. */
function tetDays(year: number): DraftCalendarDay[] {
  const eve = holiday(tetEveDate(year), 'Tết Nguyên đán (giao thừa)');
  const first = tetDate(year);
  const after = [0, 1, 2, 3].map((i) => holiday(addDays(first, i), `Tết Nguyên đán (mùng ${i + 1})`));
  return [eve, ...after];
}

/** 1/9 unless it falls on a weekend, or 2/9 is a Thursday and 3/9 would bridge to the weekend. */
function nationalDayAdjacent(year: number): string {
  const before = ymd(year, 9, 1);
  return isWeekend(before) || weekdayOf(ymd(year, 9, 2)) === 4 ? ymd(year, 9, 3) : before;
}

/** A holiday on a Saturday or Sunday moves to the next day that is neither weekend nor holiday. */
function substitutes(holidays: readonly DraftCalendarDay[]): DraftCalendarDay[] {
  const taken = new Set(holidays.map((h) => h.date));
  const result: DraftCalendarDay[] = [];
  for (const h of holidays.filter((d) => isWeekend(d.date))) {
    let date = addDays(h.date, 1);
    while (isWeekend(date) || taken.has(date)) date = addDays(date, 1);
    taken.add(date);
    result.push({ date, kind: 'substitute_day_off', name: `Nghỉ bù ${h.name}`, source: LABOUR_CODE_ART_111, draft: true });
  }
  return result;
}

function holiday(date: string, name: string): DraftCalendarDay {
  return { date, kind: 'public_holiday', name, source: LABOUR_CODE_ART_112, draft: true };
}

function ymd(year: number, month: number, day: number): string {
  return formatDate({ year, month, day });
}

function byDate(a: CalendarDay, b: CalendarDay): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
