/** Turns a clock run into the explanation an officer can check by hand. */
import { MS_PER_DAY, MS_PER_HOUR, dayNumberToDate, formatDateVi, formatInstantVi, localDateOf, localDayNumber } from './civil-date.ts';
import type { ClockRun } from './clock.ts';
import type { CountedDay, SkippedDay, TimeLimit } from './deadline-types.ts';
import type { WorkingCalendar } from './working-calendar.ts';
import type { Interval } from './working-time.ts';
import { nextWorkingInstant, workingIntervals } from './working-time.ts';

const MAX_NAMED_DAYS = 5;

export function isWorkingUnit(limit: TimeLimit): boolean {
  return limit.unit === 'working_days' || limit.unit === 'working_hours';
}

/** The time that actually counted: working periods for working units, all active time otherwise. */
function countingIntervals(run: ClockRun, limit: TimeLimit, calendar: WorkingCalendar): Interval[] {
  if (!isWorkingUnit(limit)) return run.segments;
  return run.segments.flatMap((segment) => [...workingIntervals(calendar, segment.start, segment.end)]);
}

/**
 * Working days and calendar days are numbered where each full day of the limit completes, so
 * "day 3" is the third working day after the start day; working hours list the days they touch.
 */
export function countedDays(run: ClockRun, limit: TimeLimit, calendar: WorkingCalendar): CountedDay[] {
  const intervals = countingIntervals(run, limit, calendar).filter((iv) => iv.end > iv.start);
  if (limit.unit === 'working_hours') {
    const dates = [...new Set(intervals.map((iv) => localDateOf(iv.start)))];
    return dates.map((date, i) => ({ date, index: i + 1 }));
  }
  const step = limit.unit === 'working_days' ? calendar.workingDayMs : MS_PER_DAY;
  return thresholdDays(intervals, step, limit.unit === 'working_days' ? calendar : null);
}

function thresholdDays(intervals: readonly Interval[], step: number, rollOn: WorkingCalendar | null): CountedDay[] {
  const days: CountedDay[] = [];
  let done = 0;
  for (const iv of intervals) {
    const length = iv.end - iv.start;
    while (done + length >= (days.length + 1) * step) {
      const at = iv.start + (days.length + 1) * step - done;
      const placed = rollOn && at === iv.end ? nextWorkingInstant(rollOn, at) : at;
      days.push({ date: localDateOf(placed), index: days.length + 1 });
    }
    done += length;
  }
  const last = intervals.at(-1);
  if (last && done > days.length * step) days.push({ date: localDateOf(last.end), index: days.length + 1 });
  return days;
}

/**
 * Working units: every day off from the start day up to the due day. Calendar units count days
 * off too, so only the days the due date was moved over are skipped.
 */
export function skippedDays(run: ClockRun, limit: TimeLimit, calendar: WorkingCalendar): SkippedDay[] {
  const end = run.due ?? run.pausedSince;
  if (end === null) return [];
  const from = isWorkingUnit(limit) ? run.runStart : (run.countEnd ?? end);
  const skipped: SkippedDay[] = [];
  for (let day = localDayNumber(from); day < localDayNumber(end); day++) {
    if (calendar.isWorkingDayNumber(day)) continue;
    const { date, reason, label, kind, name, source } = calendar.explainDay(dayNumberToDate(day));
    skipped.push({ date, reason, label, ...(kind && { kind }), ...(name && { name }), ...(source && { source }) });
  }
  return skipped;
}

export function limitLabel({ value, unit }: TimeLimit): string {
  const labels = { working_days: 'ngày làm việc', working_hours: 'giờ làm việc', days: 'ngày', months: 'tháng' };
  return `${formatNumberVi(value)} ${labels[unit]}`;
}

export interface SummaryInput {
  start: number;
  countingFrom: number;
  limit: TimeLimit;
  run: ClockRun;
  skipped: readonly SkippedDay[];
  calendar: WorkingCalendar;
}

export function summarize({ start, countingFrom, limit, run, skipped, calendar }: SummaryInput): string {
  const parts = [`Thời hạn ${limitLabel(limit)} tính từ ${formatInstantVi(start)}`];
  if (run.runStart !== start) parts.push(`tính lại từ đầu lúc ${formatInstantVi(run.runStart)}`);
  if (countingFrom !== run.runStart) parts.push(`ngoài giờ làm việc nên bắt đầu tính từ ${formatInstantVi(countingFrom)}`);
  if (skipped.length > 0) parts.push(skippedPhrase(skipped, isWorkingUnit(limit)));
  if (run.pauses.length > 0) parts.push(`tạm dừng ${run.pauses.length} lần, thời gian tạm dừng không tính`);
  if (run.extendedTo !== null) parts.push(`gia hạn đến ${formatInstantVi(run.extendedTo)}`);
  if (run.due !== null) parts.push(`hạn trả kết quả: ${formatInstantVi(run.due)}`);
  else if (run.pausedSince !== null) {
    parts.push(`đang tạm dừng từ ${formatInstantVi(run.pausedSince)}, còn lại ${remainingPhrase(run.remaining, limit, calendar)}`);
  }
  return `${parts.join('; ')}.`;
}

function skippedPhrase(skipped: readonly SkippedDay[], workingUnit: boolean): string {
  const weekends = skipped.filter((d) => d.reason === 'weekend').length;
  const named = skipped.filter((d) => d.reason !== 'weekend');
  const counts = [
    weekends > 0 ? `${weekends} ngày nghỉ cuối tuần` : '',
    named.length > 0 ? `${named.length} ngày nghỉ lễ, Tết, nghỉ bù (${namedList(named)})` : '',
  ].filter(Boolean);
  const lead = workingUnit ? 'không tính' : 'ngày cuối rơi vào ngày nghỉ nên dời qua';
  return `${lead} ${counts.join(' và ')}`;
}

function namedList(days: readonly SkippedDay[]): string {
  const listed = days.slice(0, MAX_NAMED_DAYS).map((d) => `${formatDateVi(d.date)} ${d.name ?? d.label}`);
  const more = days.length - MAX_NAMED_DAYS;
  return more > 0 ? `${listed.join(', ')} và ${more} ngày khác` : listed.join(', ');
}

function remainingPhrase(remaining: number, limit: TimeLimit, calendar: WorkingCalendar): string {
  if (limit.unit === 'working_days') return `${formatNumberVi(remaining / calendar.workingDayMs)} ngày làm việc`;
  if (limit.unit === 'working_hours') return `${formatNumberVi(remaining / MS_PER_HOUR)} giờ làm việc`;
  return `${formatNumberVi(remaining / MS_PER_DAY)} ngày`;
}

/** Vietnamese writes the decimal separator as a comma: 1,5 ngày. */
function formatNumberVi(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}
