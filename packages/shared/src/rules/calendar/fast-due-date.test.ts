import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { officialCalendarDays } from './calendar-data.ts';
import { computeDueDate } from './deadline.ts';
import { computeDueAt, dueInstantForWorkingDays } from './fast-due-date.ts';
import { createWorkingCalendar } from './working-calendar.ts';

const calendar = createWorkingCalendar({ days: officialCalendarDays });

describe('the fast working-day due date', () => {
  it.each([
    ['2026-04-24T09:00:00+07:00', 3, '2026-05-04T02:00:00.000Z'],
    ['2026-02-13T16:00:00+07:00', 1, '2026-02-23T09:00:00.000Z'],
    ['2026-11-04T17:15:00+07:00', 2, '2026-11-09T00:30:00.000Z'],
    ['2026-11-07T10:00:00+07:00', 1, '2026-11-10T00:30:00.000Z'],
    ['2025-04-25T09:00:00+07:00', 1, '2025-04-26T02:00:00.000Z'],
    ['2026-11-02T12:00:00+07:00', 1, '2026-11-03T06:00:00.000Z'],
  ])('counts from %s plus %i working days to %s', (start, days, due) => {
    expect(computeDueAt(start, { value: days, unit: 'working_days' }, calendar)).toBe(due);
  });

  it('agrees with the explained engine on any start and limit', () => {
    const from = Date.parse('2024-12-01T00:00:00Z');
    const to = Date.parse('2027-01-31T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 60 }), (startMs, days) => {
        const start = new Date(startMs).toISOString();
        const full = computeDueDate({ start, timeLimit: { value: days, unit: 'working_days' }, calendar }).dueAt;
        expect(new Date(dueInstantForWorkingDays(startMs, days, calendar)!).toISOString()).toBe(full);
      }),
      { numRuns: 3000 },
    );
  });

  it('counts 8 working hours as one working day: Monday 10:00 to Tuesday 10:00', () => {
    expect(computeDueAt('2026-11-23T10:00:00+07:00', { value: 8, unit: 'working_hours' }, calendar)).toBe('2026-11-24T03:00:00.000Z');
    expect(computeDueAt('2026-11-23T10:00:00+07:00', { value: 1, unit: 'working_days' }, calendar)).toBe('2026-11-24T03:00:00.000Z');
  });

  it('falls back to the full engine for other units', () => {
    expect(computeDueAt('2026-01-31T09:00:00+07:00', { value: 1, unit: 'months' }, calendar)).toBe(
      computeDueDate({ start: '2026-01-31T09:00:00+07:00', timeLimit: { value: 1, unit: 'months' }, calendar }).dueAt,
    );
  });
});
