/**
 * Due dates of dossiers. The time limit runs from the moment the dossier is accepted as complete
 * (rules.md §2.2), in working days, working hours, calendar days or months (§3).
 */
import { MS_PER_DAY, MS_PER_HOUR, addMonthsClamped, formatInstant, localDayNumber, parseInstant } from './civil-date.ts';
import type { ClockModel } from './clock.ts';
import { runClock } from './clock.ts';
import { countedDays, isWorkingUnit, skippedDays, summarize } from './deadline-explain.ts';
import type { ComputeDueDateInput, DueDateResult, TimeLimit, Timeliness } from './deadline-types.ts';
import { timeLimitUnits } from './deadline-types.ts';
import type { WorkingCalendar } from './working-calendar.ts';
import { MAX_SEARCH_DAYS } from './working-calendar.ts';
import { addWorkingTime, nextWorkingInstant, workingMsBetween } from './working-time.ts';

/**
 * Working days: a start inside working hours ends at the same time of day on the N-th working
 * day after the start day; a start outside working hours or on a day off counts from the next
 * working period. Working hours: elapsed time inside working periods. Days / months: the same
 * instant N days / months later (day clamped to the month's end), moved to the next working day,
 * same time of day, when it falls on a day off.
 */
export function computeDueDate(input: ComputeDueDateInput): DueDateResult {
  const { timeLimit: limit, calendar } = input;
  validateLimit(limit);
  const start = parseInstant(input.start);
  const run = runClock(clockModel(limit, calendar), start, input.events ?? []);
  const countingFrom = isWorkingUnit(limit) ? nextWorkingInstant(calendar, run.runStart) : run.runStart;
  const skipped = skippedDays(run, limit, calendar);
  return {
    dueAt: run.due === null ? null : formatInstant(run.due),
    paused:
      run.pausedSince === null
        ? null
        : {
            since: formatInstant(run.pausedSince),
            remainingMs: run.remaining,
            remainingWorkingDays: isWorkingUnit(limit) ? run.remaining / calendar.workingDayMs : null,
          },
    explanation: {
      countingFrom: formatInstant(countingFrom),
      countedDays: countedDays(run, limit, calendar),
      skippedDays: skipped,
      pauses: run.pauses.map((p) => ({ from: formatInstant(p.from), to: p.to === null ? null : formatInstant(p.to) })),
      events: run.events,
      summary: summarize({ start, countingFrom, limit, run, skipped, calendar }),
    },
  };
}

/**
 * rules.md §2 "On time, early, late": on time when processing ends at or before the appointment
 * (end ≤ due); early when completed before the appointment date, which we read as an earlier
 * calendar day (Vietnam time) than the due day; late otherwise.
 */
export function classifyTimeliness(finishedAt: string, dueAt: string): Timeliness {
  const finished = parseInstant(finishedAt);
  const due = parseInstant(dueAt);
  if (finished > due) return 'late';
  return localDayNumber(finished) < localDayNumber(due) ? 'early' : 'on_time';
}

function clockModel(limit: TimeLimit, calendar: WorkingCalendar): ClockModel {
  if (isWorkingUnit(limit)) {
    const unitMs = limit.unit === 'working_days' ? calendar.workingDayMs : MS_PER_HOUR;
    return {
      measure: (from, to) => workingMsBetween(calendar, from, to),
      project: (anchor, remaining, roll) => addWorkingTime(calendar, anchor, remaining, roll),
      finalize: (ms) => ms,
      budget: () => Math.round(limit.value * unitMs),
      rollAtPeriodEnd: limit.unit === 'working_days',
    };
  }
  return {
    measure: (from, to) => to - from,
    project: (anchor, remaining) => anchor + remaining,
    finalize: (ms) => onWorkingDay(calendar, ms),
    budget: (start) => (limit.unit === 'days' ? limit.value * MS_PER_DAY : addMonthsClamped(start, limit.value) - start),
    rollAtPeriodEnd: false,
  };
}

/** Same time of day, on the first working day at or after the instant's day. */
function onWorkingDay(calendar: WorkingCalendar, ms: number): number {
  for (let days = 0; days <= MAX_SEARCH_DAYS; days++) {
    const moved = ms + days * MS_PER_DAY;
    if (calendar.isWorkingDayNumber(localDayNumber(moved))) return moved;
  }
  throw new RangeError(`No working day within ${MAX_SEARCH_DAYS} days`);
}

function validateLimit({ value, unit }: TimeLimit): void {
  if (!timeLimitUnits.includes(unit)) throw new RangeError(`Unknown time-limit unit: ${String(unit)}`);
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`Time limit must be a positive number: ${value}`);
  if ((unit === 'days' || unit === 'months') && !Number.isInteger(value)) {
    throw new RangeError(`A time limit in ${unit} must be a whole number: ${value}`);
  }
}
