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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The number written by `length` ASCII digits at `at`, or NaN. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Parses an ISO 8601 instant that carries an offset (`YYYY-MM-DDTHH:MM[:SS[.fff…]](Z|±HH:MM)`). Fields are
 * checked one by one (Date.parse would roll 30/2 over to 2/3) and the instant is built from them directly, by hand:
 * this runs on every due-date request.
 */
export function parseInstant(instant: string): number {
  const ms = readInstant(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Invalid instant (expected ISO 8601 with offset): ${instant}`);
  return ms;
}

function readInstant(s: string): number {
  if (s.length < 17 || s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':') return Number.NaN;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  const hour = digitsAt(s, 11, 2);
  const minute = digitsAt(s, 14, 2);
  let i = 16;
  let second = 0;
  let millis = 0;
  if (s[i] === ':') {
    second = digitsAt(s, i + 1, 2);
    i += 3;
    if (s[i] === '.') {
      let j = i + 1;
      while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      if (j === i + 1 || j - i - 1 > 9) return Number.NaN;
      millis = Math.floor(Number(`0${s.slice(i, j)}`) * 1000);
      i = j;
    }
  }
  let offsetMinutes = 0;
  if (s[i] === 'Z' && i + 1 === s.length) offsetMinutes = 0;
  else if ((s[i] === '+' || s[i] === '-') && i + 6 === s.length && s[i + 3] === ':') {
    offsetMinutes = (s[i] === '-' ? -1 : 1) * (digitsAt(s, i + 1, 2) * 60 + digitsAt(s, i + 4, 2));
  } else return Number.NaN;
  const monthDays = month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
  const valid = year >= 1000 && day >= 1 && day <= monthDays && hour < 24 && minute < 60 && second < 60;
  return valid ? Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * MS_PER_MINUTE : Number.NaN;
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
