/**
 * Civil dates and instants in Vietnam's time zone (Asia/Ho_Chi_Minh = fixed UTC+7, no DST).
 * Dates travel as 'YYYY-MM-DD'; arithmetic uses day numbers (days since 1970-01-01).
 */

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
export const VN_OFFSET_MS = 7 * MS_PER_HOUR;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
// The offset is mandatory: without one, Date.parse would read the host's local time.
const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function ymdToDayNumber({ year, month, day }: YMD): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function dayNumberToYmd(dayNumber: number): YMD {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isValidYmd({ year, month, day }: YMD): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function parseDate(date: string): YMD {
  const ymd = readYmd(date);
  if (!ymd) throw new RangeError(`Invalid date (expected YYYY-MM-DD): ${date}`);
  return ymd;
}

function readYmd(date: string): YMD | undefined {
  const m = DATE_RE.exec(date);
  const ymd = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
  return ymd && isValidYmd(ymd) ? ymd : undefined;
}

export function formatDate({ year, month, day }: YMD): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function dateToDayNumber(date: string): number {
  return ymdToDayNumber(parseDate(date));
}

export function dayNumberToDate(dayNumber: number): string {
  return formatDate(dayNumberToYmd(dayNumber));
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function weekdayOf(date: string): number {
  return weekdayOfDayNumber(dateToDayNumber(date));
}

export function addDays(date: string, days: number): string {
  return dayNumberToDate(dateToDayNumber(date) + days);
}

export function parseInstant(instant: string): number {
  const m = INSTANT_RE.exec(instant);
  // Date.parse rolls impossible dates over (30/2 becomes 2/3), so check the fields first.
  const valid = m !== null && readYmd(m[1] ?? '') !== undefined && Number(m[2]) < 24 && Number(m[3]) < 60;
  const ms = valid ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Invalid instant (expected ISO 8601 with offset): ${instant}`);
  return ms;
}

export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** The Vietnamese calendar day an instant falls on. */
export function localDayNumber(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / MS_PER_DAY);
}

/** Milliseconds since local midnight. */
export function localTimeOfDay(ms: number): number {
  return ms + VN_OFFSET_MS - localDayNumber(ms) * MS_PER_DAY;
}

/** The instant at a local time of day (ms since midnight) on a local day. */
export function instantAt(dayNumber: number, timeOfDayMs: number): number {
  return dayNumber * MS_PER_DAY + timeOfDayMs - VN_OFFSET_MS;
}

export function localDateOf(ms: number): string {
  return dayNumberToDate(localDayNumber(ms));
}

/** Same local time of day, `months` later; the day is clamped to the end of a shorter month. */
export function addMonthsClamped(ms: number, months: number): number {
  const { year, month, day } = dayNumberToYmd(localDayNumber(ms));
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  const dayNumber = ymdToDayNumber({ year: targetYear, month: targetMonth, day: targetDay });
  return instantAt(dayNumber, localTimeOfDay(ms));
}

/** 'HH:MM' -> ms since midnight. */
export function parseClock(clock: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(clock);
  const hours = Number(m?.[1]);
  const minutes = Number(m?.[2]);
  if (!m || hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) {
    throw new RangeError(`Invalid time of day (expected HH:MM): ${clock}`);
  }
  return hours * MS_PER_HOUR + minutes * MS_PER_MINUTE;
}

export function formatClock(timeOfDayMs: number): string {
  const minutes = Math.floor(timeOfDayMs / MS_PER_MINUTE);
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** 'dd/mm/yyyy', the way Vietnamese documents write dates. */
export function formatDateVi(date: string): string {
  const { year, month, day } = parseDate(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** 'hh:mm ngày dd/mm/yyyy' in Vietnam time. */
export function formatInstantVi(ms: number): string {
  return `${formatClock(localTimeOfDay(ms))} ngày ${formatDateVi(localDateOf(ms))}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
