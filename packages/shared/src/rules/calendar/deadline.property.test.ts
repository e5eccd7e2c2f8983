import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendarDays } from './calendar-data.ts';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, localDateOf, localTimeOfDay } from './civil-date.ts';
import { classifyTimeliness, computeDueDate } from './deadline.ts';
import type { ClockEvent, TimeLimit } from './deadline-types.ts';
import { createWorkingCalendar } from './working-calendar.ts';
import { nextWorkingInstant, workingMsBetween } from './working-time.ts';

const calendar = createWorkingCalendar({ days: officialCalendarDays });
const from = Date.parse('2025-01-01T00:00:00+07:00');
const to = Date.parse('2026-12-31T23:59:00+07:00');
/** Minute-aligned instants across the two seeded years. */
const instants = fc.integer({ min: 0, max: (to - from) / MS_PER_MINUTE }).map((m) => from + m * MS_PER_MINUTE);
const iso = (ms: number): string => new Date(ms).toISOString();

function dueMs(start: number, timeLimit: TimeLimit, events?: ClockEvent[]): number {
  const { dueAt } = computeDueDate({ start: iso(start), timeLimit, calendar, ...(events && { events }) });
  if (dueAt === null) throw new Error('unexpectedly paused');
  return Date.parse(dueAt);
}

describe('working-day due dates (properties)', () => {
  it('always fall on a working day, inside working hours', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const due = dueMs(start, { value: n, unit: 'working_days' });
        expect(calendar.isWorkingDay(localDateOf(due))).toBe(true);
        expect(nextWorkingInstant(calendar, due)).toBe(due);
      }),
    );
  });

  it('adding more days never gives an earlier due date', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 20 }), (start, n, extra) => {
        const shorter = dueMs(start, { value: n, unit: 'working_days' });
        const longer = dueMs(start, { value: n + extra, unit: 'working_days' });
        expect(longer).toBeGreaterThanOrEqual(shorter);
        if (extra > 0) expect(longer).toBeGreaterThan(shorter);
      }),
    );
  });

  it('hold exactly N full working days of working time, at the counting start time of day', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 30 }), (start, n) => {
        const result = computeDueDate({ start: iso(start), timeLimit: { value: n, unit: 'working_days' }, calendar });
        const countingFrom = Date.parse(result.explanation.countingFrom);
        const due = Date.parse(result.dueAt ?? '');
        expect(workingMsBetween(calendar, countingFrom, due)).toBe(n * calendar.workingDayMs);
        expect(localTimeOfDay(due)).toBe(localTimeOfDay(countingFrom));
        expect(result.explanation.countedDays.map((d) => d.index)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        expect(result.explanation.countedDays.at(-1)?.date).toBe(localDateOf(due));
      }),
    );
  });

  it('a pause never brings the due date forward, and the paused working time is added back', () => {
    fc.assert(
      fc.property(
        instants,
        fc.integer({ min: 2, max: 20 }),
        fc.integer({ min: 1, max: 5 * 24 * 60 }),
        fc.integer({ min: 1, max: 10 * 24 * 60 }),
        (start, n, pauseAfterMin, pauseForMin) => {
          const limit: TimeLimit = { value: n, unit: 'working_days' };
          const plain = dueMs(start, limit);
          const pausedAt = start + pauseAfterMin * MS_PER_MINUTE;
          fc.pre(pausedAt < plain && workingMsBetween(calendar, start, pausedAt) < n * calendar.workingDayMs);
          const resumedAt = pausedAt + pauseForMin * MS_PER_MINUTE;
          const due = dueMs(start, limit, [
            { at: iso(pausedAt), type: 'pause' },
            { at: iso(resumedAt), type: 'resume' },
          ]);
          expect(due).toBeGreaterThanOrEqual(plain);
          const counted = workingMsBetween(calendar, start, due) - workingMsBetween(calendar, pausedAt, resumedAt);
          expect(counted).toBe(n * calendar.workingDayMs);
        },
      ),
    );
  });
});

describe('working-hour due dates (properties)', () => {
  it('are exactly the requested working time after the start', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 200 }), (start, quarters) => {
        const due = dueMs(start, { value: quarters / 4, unit: 'working_hours' });
        expect(workingMsBetween(calendar, start, due)).toBe((quarters / 4) * MS_PER_HOUR);
      }),
    );
  });
});

describe('calendar-day and month due dates (properties)', () => {
  it('keep the time of day, land on a working day, and move at most past one holiday break', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 90 }), fc.constantFrom('days' as const, 'months' as const), (start, n, unit) => {
        const value = unit === 'months' ? Math.ceil(n / 10) : n;
        const due = dueMs(start, { value, unit });
        expect(calendar.isWorkingDay(localDateOf(due))).toBe(true);
        expect(localTimeOfDay(due)).toBe(localTimeOfDay(start));
        const nominalMin = start + (unit === 'days' ? value * MS_PER_DAY : value * 28 * MS_PER_DAY);
        expect(due).toBeGreaterThanOrEqual(nominalMin);
      }),
    );
  });
});

describe('classifyTimeliness (properties)', () => {
  it('finishing at the due instant is never late; a minute after always is', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 30 * 24 * 60 }), (due, before) => {
        expect(classifyTimeliness(iso(due - before * MS_PER_MINUTE), iso(due))).not.toBe('late');
        expect(classifyTimeliness(iso(due + MS_PER_MINUTE), iso(due))).toBe('late');
      }),
    );
  });
});
