import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendarDays } from './calendar-data.ts';
import { localDateOf } from './civil-date.ts';
import { computeDueDate } from './deadline.ts';
import { createWorkingCalendar } from './working-calendar.ts';

const base = createWorkingCalendar({ days: officialCalendarDays });
const from = Date.parse('2025-01-01T00:00:00+07:00');
const span = Date.parse('2026-11-30T00:00:00+07:00') - from;

describe('a new day off (property)', () => {
  it('inside the counting window always pushes the deadline to the next working day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span / 60_000 }), fc.integer({ min: 2, max: 20 }), fc.nat(), (minute, n, pick) => {
        const start = new Date(from + minute * 60_000).toISOString();
        const before = computeDueDate({ start, timeLimit: { value: n, unit: 'working_days' }, calendar: base });
        const counted = before.explanation.countedDays.map((d) => d.date);
        const dayOff = counted[pick % counted.length]!;
        const changed = createWorkingCalendar({ days: [...officialCalendarDays, { date: dayOff, kind: 'provincial_day_off', name: 'Nghỉ', source: 'QĐ thử' }] });
        const after = computeDueDate({ start, timeLimit: { value: n, unit: 'working_days' }, calendar: changed });
        expect(Date.parse(after.dueAt!)).toBeGreaterThan(Date.parse(before.dueAt!));
        expect(localDateOf(Date.parse(after.dueAt!))).toBe(changed.nextWorkingDay(localDateOf(Date.parse(before.dueAt!))));
        expect(after.explanation.skippedDays.map((d) => d.date)).toContain(dayOff);
      }),
      { numRuns: 300 },
    );
  });
});
