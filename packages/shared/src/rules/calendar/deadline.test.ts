import { describe, expect, it } from 'vitest';
import { officialCalendarDays } from './calendar-data.ts';
import { classifyTimeliness, computeDueDate } from './deadline.ts';
import type { ClockEvent, TimeLimit } from './deadline-types.ts';
import { createWorkingCalendar } from './working-calendar.ts';
import { workingTimeBetween } from './working-time.ts';

const calendar = createWorkingCalendar({ days: officialCalendarDays });
const z = (local: string): string => new Date(local).toISOString();
const due = (start: string, timeLimit: TimeLimit, events?: ClockEvent[]) =>
  computeDueDate({ start, timeLimit, calendar, ...(events && { events }) });

describe('computeDueDate: working days', () => {
  it.each([
    ['Hùng Kings substitute and 30/4–1/5 (Fri 24/4/2026, 3 days)', '2026-04-24T09:00+07:00', 3, '2026-05-04T09:00+07:00'],
    ['an ordinary week', '2025-03-12T10:15+07:00', 2, '2025-03-14T10:15+07:00'],
    ['start after the afternoon period ends', '2025-03-12T17:15+07:00', 2, '2025-03-17T07:30+07:00'],
    ['start exactly at 17:00 is outside working hours', '2025-03-12T17:00+07:00', 1, '2025-03-14T07:30+07:00'],
    ['start in the lunch break counts from 13:00', '2025-03-12T12:00+07:00', 1, '2025-03-13T13:00+07:00'],
    ['start on a Saturday', '2025-03-15T10:00+07:00', 2, '2025-03-19T07:30+07:00'],
    ['make-up working Saturday 26/4/2025 counts', '2025-04-25T10:00+07:00', 1, '2025-04-26T10:00+07:00'],
    ['over the 30/4–4/5/2025 break', '2025-04-25T10:00+07:00', 4, '2025-05-05T10:00+07:00'],
    ['a start on the make-up Saturday itself', '2025-04-26T08:00+07:00', 1, '2025-04-28T08:00+07:00'],
    ['Tết 2026 spanning 14–22/2', '2026-02-12T14:00+07:00', 3, '2026-02-24T14:00+07:00'],
    ['National Day 2026 with make-up Saturday 22/8', '2026-08-21T09:00+07:00', 2, '2026-08-24T09:00+07:00'],
    ['National Day 2026: 31/8 swapped, 1–2/9 holidays', '2026-08-28T09:00+07:00', 1, '2026-09-03T09:00+07:00'],
    ['an instant given in UTC', '2026-04-24T02:00:00Z', 3, '2026-05-04T09:00+07:00'],
    // Half a day is the 4-hour morning; a working-day limit that ends as a period closes names the next opening.
    ['half a working day', '2025-03-10T07:30+07:00', 0.5, '2025-03-10T13:00+07:00'],
  ])('%s', (_name, start, days, expected) => {
    expect(due(start, { value: days, unit: 'working_days' }).dueAt).toBe(z(expected));
  });

  it('explains the Hùng Kings example day by day', () => {
    const { explanation } = due('2026-04-24T09:00+07:00', { value: 3, unit: 'working_days' });
    expect(explanation.countedDays).toEqual([
      { date: '2026-04-28', index: 1 },
      { date: '2026-04-29', index: 2 },
      { date: '2026-05-04', index: 3 },
    ]);
    expect(explanation.skippedDays.map((d) => [d.date, d.reason])).toEqual([
      ['2026-04-25', 'weekend'],
      ['2026-04-26', 'public_holiday'],
      ['2026-04-27', 'substitute_day_off'],
      ['2026-04-30', 'public_holiday'],
      ['2026-05-01', 'public_holiday'],
      ['2026-05-02', 'weekend'],
      ['2026-05-03', 'weekend'],
    ]);
    expect(explanation.skippedDays[2]).toMatchObject({ name: 'Nghỉ bù Giỗ Tổ Hùng Vương', source: 'CV 9859/VPCP-KGVX; TB 9441/TB-BNV' });
    expect(explanation.summary).toContain('Thời hạn 3 ngày làm việc tính từ 09:00 ngày 24/04/2026');
    expect(explanation.summary).toContain('không tính 3 ngày nghỉ cuối tuần và 4 ngày nghỉ lễ');
    expect(explanation.summary).toContain('hạn trả kết quả: 09:00 ngày 04/05/2026');
  });

  it('says when counting starts later than the start', () => {
    const result = due('2025-03-15T10:00+07:00', { value: 2, unit: 'working_days' });
    expect(result.explanation.countingFrom).toBe(z('2025-03-17T07:30+07:00'));
    expect(result.explanation.countedDays.map((d) => d.date)).toEqual(['2025-03-18', '2025-03-19']);
    expect(result.explanation.skippedDays.map((d) => d.date)).toEqual(['2025-03-15', '2025-03-16']);
    expect(result.explanation.summary).toContain('bắt đầu tính từ 07:30 ngày 17/03/2025');
  });

  it('counts Tết 2026 as nine skipped days, five of them holidays', () => {
    const { explanation } = due('2026-02-12T14:00+07:00', { value: 3, unit: 'working_days' });
    expect(explanation.countedDays.map((d) => d.date)).toEqual(['2026-02-13', '2026-02-23', '2026-02-24']);
    expect(explanation.skippedDays).toHaveLength(9);
    expect(explanation.skippedDays.filter((d) => d.kind === 'public_holiday')).toHaveLength(5);
  });
});

describe('computeDueDate: working hours', () => {
  it.each([
    ['across the lunch break', '2025-03-10T11:00+07:00', 1, '2025-03-10T13:30+07:00'],
    ['8 hours are one working day: Monday 10:00 to Tuesday 10:00', '2025-03-10T10:00+07:00', 8, '2025-03-11T10:00+07:00'],
    ['a full morning ends at 11:30, not rolled', '2025-03-10T07:30+07:00', 4, '2025-03-10T11:30+07:00'],
    ['started in the lunch break', '2025-03-10T12:00+07:00', 2, '2025-03-10T15:00+07:00'],
    ['over a weekend', '2025-03-14T16:00+07:00', 2, '2025-03-17T08:30+07:00'],
    ['over the Hùng Kings substitute day', '2026-04-24T16:30+07:00', 1, '2026-04-28T08:00+07:00'],
  ])('%s', (_name, start, hours, expected) => {
    expect(due(start, { value: hours, unit: 'working_hours' }).dueAt).toBe(z(expected));
  });

  it('lists the days the hours touch', () => {
    const { explanation } = due('2025-03-14T16:00+07:00', { value: 2, unit: 'working_hours' });
    expect(explanation.countedDays).toEqual([
      { date: '2025-03-14', index: 1 },
      { date: '2025-03-17', index: 2 },
    ]);
  });
});

describe('computeDueDate: calendar days and months', () => {
  it.each([
    ['31/1 + 1 month clamps to 28/2 (a Friday)', '2025-01-31T10:00+07:00', 1, 'months', '2025-02-28T10:00+07:00'],
    ['31/1 + 1 month clamps to 29/2 in a leap year', '2024-01-31T10:00+07:00', 1, 'months', '2024-02-29T10:00+07:00'],
    ['31/1 + 1 month: Sat 28/2/2026 moves to Monday', '2026-01-31T10:00+07:00', 1, 'months', '2026-03-02T10:00+07:00'],
    ['31/3 + 1 month: 30/4/2025 holiday moves to Mon 5/5', '2025-03-31T09:00+07:00', 1, 'months', '2025-05-05T09:00+07:00'],
    ['30/11 + 3 months clamps to Sat 28/2/2026, moved to Monday', '2025-11-30T08:00+07:00', 3, 'months', '2026-03-02T08:00+07:00'],
    ['10 days ending in Tết moves past it', '2026-02-10T09:00+07:00', 10, 'days', '2026-02-23T09:00+07:00'],
    ['calendar days count weekends', '2025-03-10T09:00+07:00', 5, 'days', '2025-03-17T09:00+07:00'],
    ['keeps the time of day, even outside office hours', '2025-03-10T19:00+07:00', 2, 'days', '2025-03-12T19:00+07:00'],
  ] as const)('%s', (_name, start, value, unit, expected) => {
    expect(due(start, { value, unit }).dueAt).toBe(z(expected));
  });

  it('skips only the days the due date was moved over', () => {
    const { explanation } = due('2026-02-10T09:00+07:00', { value: 10, unit: 'days' });
    expect(explanation.skippedDays.map((d) => d.date)).toEqual(['2026-02-20', '2026-02-21', '2026-02-22']);
    expect(explanation.countedDays).toHaveLength(10);
    expect(explanation.countedDays.at(-1)).toEqual({ date: '2026-02-20', index: 10 });
  });

  it.each([
    [{ value: 1.5, unit: 'days' }],
    [{ value: 0, unit: 'working_days' }],
    [{ value: -1, unit: 'working_hours' }],
    [{ value: Number.NaN, unit: 'months' }],
  ] as const)('rejects %o', (timeLimit) => {
    expect(() => due('2025-03-10T09:00+07:00', timeLimit)).toThrow(RangeError);
  });

  it('rejects an instant without an offset', () => {
    expect(() => due('2025-03-10T09:00', { value: 1, unit: 'days' })).toThrow(RangeError);
  });
});

describe('computeDueDate: clock events', () => {
  const threeDays: TimeLimit = { value: 3, unit: 'working_days' };

  it('pause and resume across a weekend continue with the remaining working time', () => {
    // Thu 09:00 -> Fri 10:00 uses 9 h of 24 h; the remaining 15 h run from Mon 14:00 (3 h), Tue (8 h) and
    // Wed 07:30–11:30, which as a working-day limit is named by the afternoon's opening, 13:00.
    const result = due('2025-03-13T09:00+07:00', threeDays, [
      { at: '2025-03-14T10:00+07:00', type: 'pause', reason: 'supplement requested' },
      { at: '2025-03-17T14:00+07:00', type: 'resume' },
    ]);
    expect(result.dueAt).toBe(z('2025-03-19T13:00+07:00'));
    expect(result.explanation.pauses).toEqual([{ from: z('2025-03-14T10:00+07:00'), to: z('2025-03-17T14:00+07:00') }]);
    expect(result.explanation.events.map((e) => e.applied)).toEqual([true, true]);
    expect(result.explanation.summary).toContain('tạm dừng 1 lần');
  });

  it('has no due date while paused, and tells what is left', () => {
    const result = due('2025-03-13T09:00+07:00', threeDays, [{ at: '2025-03-14T10:00+07:00', type: 'pause' }]);
    expect(result.dueAt).toBeNull();
    expect(result.paused).toEqual({ since: z('2025-03-14T10:00+07:00'), remainingMs: 15 * 3_600_000, remainingWorkingDays: 1.875 });
    expect(result.explanation.pauses).toEqual([{ from: z('2025-03-14T10:00+07:00'), to: null }]);
    expect(result.explanation.summary).toContain('còn lại 1,88 ngày làm việc');
  });

  it('restart begins the full limit again from the restart instant', () => {
    const result = due('2025-03-10T09:00+07:00', threeDays, [
      { at: '2025-03-11T10:00+07:00', type: 'pause', reason: 'supplement requested' },
      { at: '2025-03-12T15:00+07:00', type: 'restart', reason: 'complete dossier received' },
    ]);
    expect(result.dueAt).toBe(z('2025-03-17T15:00+07:00'));
    expect(result.explanation.pauses).toEqual([{ from: z('2025-03-11T10:00+07:00'), to: z('2025-03-12T15:00+07:00') }]);
    expect(result.explanation.countedDays.map((d) => d.date)).toEqual(['2025-03-13', '2025-03-14', '2025-03-17']);
    expect(result.explanation.summary).toContain('tính lại từ đầu lúc 15:00 ngày 12/03/2025');
  });

  it('extend sets the due date to the given instant', () => {
    const result = due('2025-03-10T09:00+07:00', threeDays, [
      { at: '2025-03-12T16:00+07:00', type: 'extend', until: '2025-03-20T17:00+07:00', reason: 'apology letter' },
    ]);
    expect(result.dueAt).toBe(z('2025-03-20T17:00+07:00'));
    expect(result.explanation.summary).toContain('gia hạn đến 17:00 ngày 20/03/2025');
  });

  it('a pause after an extension shifts the extended date by the paused working time', () => {
    const result = due('2025-03-10T09:00+07:00', threeDays, [
      { at: '2025-03-12T16:00+07:00', type: 'extend', until: '2025-03-20T17:00+07:00' },
      { at: '2025-03-18T09:00+07:00', type: 'pause' },
      { at: '2025-03-19T09:00+07:00', type: 'resume' },
    ]);
    expect(result.dueAt).toBe(z('2025-03-21T17:00+07:00'));
  });

  it('ignores events that do not fit the clock, and sorts events by time', () => {
    const result = due('2025-03-10T09:00+07:00', threeDays, [
      { at: '2025-03-14T09:00+07:00', type: 'pause' },
      { at: '2025-03-10T10:00+07:00', type: 'resume' },
      { at: '2025-03-09T10:00+07:00', type: 'pause' },
    ]);
    expect(result.dueAt).toBe(z('2025-03-13T09:00+07:00'));
    expect(result.explanation.events.map((e) => [e.at, e.applied])).toEqual([
      ['2025-03-09T10:00+07:00', false],
      ['2025-03-10T10:00+07:00', false],
      ['2025-03-14T09:00+07:00', false],
    ]);
    expect(result.explanation.events[2]?.note).toContain('Thời hạn đã hết');
  });

  it('a calendar-day limit is extended by the paused real time', () => {
    const result = due('2025-03-03T09:00+07:00', { value: 10, unit: 'days' }, [
      { at: '2025-03-05T09:00+07:00', type: 'pause' },
      { at: '2025-03-07T09:00+07:00', type: 'resume' },
    ]);
    expect(result.dueAt).toBe(z('2025-03-17T09:00+07:00'));
  });

  it('an extend event without `until` is a programming error', () => {
    expect(() => due('2025-03-10T09:00+07:00', threeDays, [{ at: '2025-03-11T09:00+07:00', type: 'extend' }])).toThrow(RangeError);
  });
});

describe('workingTimeBetween', () => {
  it.each([
    ['a morning', '2025-03-10T07:30+07:00', '2025-03-10T11:30+07:00', 4],
    ['across lunch', '2025-03-10T11:00+07:00', '2025-03-10T14:00+07:00', 1.5],
    ['a whole working day', '2025-03-10T09:00+07:00', '2025-03-11T09:00+07:00', 8],
    ['over a weekend', '2025-03-14T16:00+07:00', '2025-03-17T08:30+07:00', 2],
    ['over Tết 2026', '2026-02-13T09:00+07:00', '2026-02-23T09:00+07:00', 8],
    ['backwards is negative', '2025-03-11T09:00+07:00', '2025-03-10T09:00+07:00', -8],
  ])('%s', (_name, from, to, hours) => {
    const time = workingTimeBetween(from, to, calendar);
    expect(time.hours).toBe(hours);
    expect(time.ms).toBe(hours * 3_600_000);
    expect(time.workingDays).toBe(hours / 8);
  });
});

describe('classifyTimeliness (rules.md §2: on time when end ≤ due; early = before the appointment date)', () => {
  const dueAt = z('2026-05-04T09:00+07:00');
  it.each([
    ['2026-04-29T16:00+07:00', 'early'],
    ['2026-05-03T23:59+07:00', 'early'],
    ['2026-05-04T07:45+07:00', 'on_time'],
    ['2026-05-04T09:00+07:00', 'on_time'],
    ['2026-05-04T09:01+07:00', 'late'],
    ['2026-05-05T08:00+07:00', 'late'],
  ] as const)('finished %s is %s', (finishedAt, expected) => {
    expect(classifyTimeliness(finishedAt, dueAt)).toBe(expected);
  });
});
