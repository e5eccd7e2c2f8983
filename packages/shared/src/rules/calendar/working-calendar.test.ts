import { describe, expect, it } from 'vitest';
import {
  officialCalendarDays,
  officialCalendarDays2025,
  officialCalendarDays2026,
  SOURCE_2025,
  SOURCE_2026,
} from './calendar-data.ts';
import { statutoryHolidays } from './statutory-holidays.ts';
import { createWorkingCalendar } from './working-calendar.ts';

const calendar = createWorkingCalendar({ days: officialCalendarDays });

describe('official seed data (rules.md §3)', () => {
  it('cites the deciding document on every day', () => {
    expect(new Set(officialCalendarDays2025.map((d) => d.source))).toEqual(new Set([SOURCE_2025]));
    expect(new Set(officialCalendarDays2026.map((d) => d.source))).toEqual(new Set([SOURCE_2026]));
    expect(SOURCE_2025).toBe('CV 8726/VPCP-KGVX');
    expect(SOURCE_2026).toContain('CV 9859/VPCP-KGVX');
    expect(SOURCE_2026).toContain('TB 9441/TB-BNV');
  });

  it('does not seed 24/11 (Vietnam Culture Day is unconfirmed)', () => {
    expect(officialCalendarDays.some((d) => d.date.endsWith('-11-24'))).toBe(false);
    expect(calendar.isWorkingDay('2026-11-24')).toBe(true);
  });

  it.each([
    ['2025', '2025-01-25', '2025-02-02', 9],
    ['2026', '2026-02-14', '2026-02-22', 9],
  ])('Tết %s is off from %s to %s (%i days in a row)', (_year, first, last, length) => {
    const days = Array.from({ length }, (_, i) => addDaysUtc(first, i));
    expect(days.at(-1)).toBe(last);
    expect(days.filter((d) => calendar.isWorkingDay(d))).toEqual([]);
    expect(calendar.isWorkingDay(addDaysUtc(first, -1))).toBe(true);
    expect(calendar.isWorkingDay(addDaysUtc(last, 1))).toBe(true);
  });
});

describe('isWorkingDay / explainDay', () => {
  it.each([
    ['2025-01-01', false, 'public_holiday'],
    ['2025-01-02', true, 'weekday'],
    ['2025-01-27', false, 'public_holiday'],
    ['2025-02-01', false, 'weekend'],
    ['2025-02-03', true, 'weekday'],
    ['2025-04-07', false, 'public_holiday'],
    ['2025-04-26', true, 'makeup_working_day'],
    ['2025-04-27', false, 'weekend'],
    ['2025-04-30', false, 'public_holiday'],
    ['2025-05-01', false, 'public_holiday'],
    ['2025-05-02', false, 'swapped_day_off'],
    ['2025-05-05', true, 'weekday'],
    ['2025-09-01', false, 'public_holiday'],
    ['2025-09-02', false, 'public_holiday'],
    ['2025-09-03', true, 'weekday'],
    ['2026-01-01', false, 'public_holiday'],
    ['2026-01-02', true, 'weekday'],
    ['2026-02-13', true, 'weekday'],
    ['2026-02-16', false, 'public_holiday'],
    ['2026-02-20', false, 'public_holiday'],
    ['2026-02-23', true, 'weekday'],
    ['2026-04-26', false, 'public_holiday'],
    ['2026-04-27', false, 'substitute_day_off'],
    ['2026-04-28', true, 'weekday'],
    ['2026-05-01', false, 'public_holiday'],
    ['2026-08-22', true, 'makeup_working_day'],
    ['2026-08-31', false, 'swapped_day_off'],
    ['2026-09-01', false, 'public_holiday'],
    ['2026-09-02', false, 'public_holiday'],
    ['2026-09-03', true, 'weekday'],
    ['2027-01-02', false, 'weekend'],
  ])('%s working=%s (%s)', (date, working, reason) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
    expect(calendar.explainDay(date)).toMatchObject({ date, working, reason });
  });

  it('explains a day off with its name and source', () => {
    expect(calendar.explainDay('2026-04-27')).toEqual({
      date: '2026-04-27',
      working: false,
      reason: 'substitute_day_off',
      label: 'Nghỉ bù',
      kind: 'substitute_day_off',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      source: SOURCE_2026,
    });
  });

  it('lets a day off win over a make-up working day on the same date', () => {
    const cal = createWorkingCalendar({
      days: [
        { date: '2027-03-06', kind: 'makeup_working_day', name: 'Làm bù', source: 'QĐ 1' },
        { date: '2027-03-06', kind: 'provincial_day_off', name: 'Lễ hội tỉnh', source: 'QĐ 2' },
      ],
    });
    expect(cal.explainDay('2027-03-06')).toMatchObject({ working: false, reason: 'provincial_day_off', source: 'QĐ 2' });
  });

  it('finds the next working day over a holiday break', () => {
    expect(calendar.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    expect(calendar.nextWorkingDay('2025-04-25')).toBe('2025-04-26');
    expect(calendar.nextWorkingDay('2026-04-24')).toBe('2026-04-28');
  });

  it('computes the working-day length from the periods', () => {
    expect(calendar.workingDayMs).toBe(8 * 3_600_000);
    const short = createWorkingCalendar({ hours: { periods: [{ start: '08:00', end: '12:00' }] } });
    expect(short.workingDayMs).toBe(4 * 3_600_000);
  });

  it.each([
    [{ periods: [] }],
    [{ periods: [{ start: '13:00', end: '12:00' }] }],
    [{ periods: [{ start: '13:30', end: '17:00' }, { start: '07:30', end: '11:30' }] }],
    [{ periods: [{ start: '7:30', end: '11:30' }] }],
  ])('rejects bad working hours %o', (hours) => {
    expect(() => createWorkingCalendar({ hours })).toThrow(RangeError);
  });

  it('rejects invalid dates and kinds', () => {
    expect(() => createWorkingCalendar({ days: [{ date: '2026-02-30', kind: 'public_holiday', name: 'x', source: 'y' }] })).toThrow(
      RangeError,
    );
    expect(() => calendar.isWorkingDay('26/04/2026')).toThrow(RangeError);
  });
});

describe('statutoryHolidays (drafts from Labour Code 2019 Art. 112)', () => {
  it('drafts 2027 with Tết from the lunar calendar and substitutes for weekend holidays', () => {
    const draft = statutoryHolidays(2027);
    expect(draft.every((d) => d.draft)).toBe(true);
    expect(draft.filter((d) => d.kind === 'public_holiday').map((d) => d.date)).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-04-16',
      '2027-04-30',
      '2027-05-01',
      '2027-09-02',
      '2027-09-03',
    ]);
    expect(draft.filter((d) => d.kind === 'substitute_day_off').map((d) => d.date)).toEqual([
      '2027-02-10',
      '2027-02-11',
      '2027-05-03',
    ]);
    expect(draft.some((d) => d.date === '2027-11-24')).toBe(false);
  });

  it('agrees with the decided 2026 statutory days', () => {
    const draft = statutoryHolidays(2026);
    const official = officialCalendarDays2026.filter((d) => d.kind === 'public_holiday' || d.kind === 'substitute_day_off');
    expect(draft.map((d) => d.date)).toEqual(official.map((d) => d.date));
  });

  it('feeds a working calendar directly and is explained as a draft', () => {
    const cal = createWorkingCalendar({ days: statutoryHolidays(2027) });
    expect(cal.isWorkingDay('2027-02-10')).toBe(false);
    expect(cal.explainDay('2027-04-16')).toMatchObject({ working: false, draft: true, name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' });
  });
});

function addDaysUtc(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
