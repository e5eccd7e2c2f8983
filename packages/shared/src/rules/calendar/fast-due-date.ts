import { MS_PER_DAY, VN_OFFSET_MS, parseInstant, ymdToDayNumber } from './civil-date.ts';
import { computeDueDate } from './deadline.ts';
import type { TimeLimit } from './deadline-types.ts';
import type { WorkingCalendar } from './working-calendar.ts';

/** Working days are indexed over this span; outside it the full engine answers. */
const FIRST_DAY = ymdToDayNumber({ year: 1990, month: 1, day: 1 });
const LAST_DAY = ymdToDayNumber({ year: 2100, month: 12, day: 31 });

interface WorkingDayIndex {
  /** cumulative[d - FIRST_DAY] = number of working days from FIRST_DAY up to and including day d. */
  cumulative: Int32Array;
  /** Day numbers of the working days, in order. */
  workingDays: Int32Array;
}

const indexes = new WeakMap<WorkingCalendar, WorkingDayIndex>();

function indexOf(calendar: WorkingCalendar): WorkingDayIndex {
  let index = indexes.get(calendar);
  if (index) return index;
  const span = LAST_DAY - FIRST_DAY + 1;
  const cumulative = new Int32Array(span);
  const working: number[] = [];
  for (let i = 0; i < span; i++) {
    if (calendar.isWorkingDayNumber(FIRST_DAY + i)) working.push(FIRST_DAY + i);
    cumulative[i] = working.length;
  }
  index = { cumulative, workingDays: Int32Array.from(working) };
  indexes.set(calendar, index);
  return index;
}

/**
 * The due instant (epoch ms) of a limit of N working days, with no explanation: the hot path for work queues,
 * reports and recomputation. Same rule as `computeDueDate`: the counting starts at the next working instant and
 * ends at that time of day on the N-th working day after; undefined when outside the indexed years.
 */
export function dueInstantForWorkingDays(startMs: number, days: number, calendar: WorkingCalendar): number | undefined {
  const { cumulative, workingDays } = indexOf(calendar);
  const periods = calendar.periodsMs;
  const local = startMs + VN_OFFSET_MS;
  let day = Math.floor(local / MS_PER_DAY);
  let timeOfDay = local - day * MS_PER_DAY;
  if (day < FIRST_DAY || day > LAST_DAY) return undefined;
  const offset = day - FIRST_DAY;
  let startsLater = cumulative[offset]! === (offset > 0 ? cumulative[offset - 1]! : 0);
  if (!startsLater) {
    const period = periods.find((p) => timeOfDay < p.end);
    if (period) timeOfDay = Math.max(timeOfDay, period.start);
    else startsLater = true;
  }
  let counted = cumulative[offset]!;
  if (startsLater) {
    day = workingDays[counted]!;
    if (day === undefined) return undefined;
    timeOfDay = periods[0]!.start;
    counted += 1;
  }
  const target = workingDays[counted - 1 + days];
  return target === undefined ? undefined : target * MS_PER_DAY + timeOfDay - VN_OFFSET_MS;
}

/** The due instant as an ISO string, fast for working days and through the full engine for other units. */
export function computeDueAt(start: string, timeLimit: TimeLimit, calendar: WorkingCalendar): string | null {
  if (timeLimit.unit === 'working_days') {
    const due = dueInstantForWorkingDays(parseInstant(start), timeLimit.value, calendar);
    if (due !== undefined) return new Date(due).toISOString();
  }
  return computeDueDate({ start, timeLimit, calendar }).dueAt;
}
