/**
 * Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's astronomical algorithm
 * (https://www.informatik.uni-leipzig.de/~duc/amlich/). Days start at local midnight in UTC+7;
 * the Chinese calendar uses UTC+8, which is why the two differ in some years (e.g. 2007).
 * Valid for the Gregorian era; intended range 1900–2100.
 */
import type { YMD } from './civil-date.ts';
import { dayNumberToYmd, formatDate, isValidYmd, ymdToDayNumber } from './civil-date.ts';

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  /** True for the intercalary (nhuận) month that repeats the previous month's number. */
  leap: boolean;
}

export const VIETNAM_TIME_ZONE_HOURS = 7;

const JD_OF_UNIX_EPOCH = 2440588;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH_JD = 2415021.076998695;
const DEG = Math.PI / 180;

const sin = (degrees: number): number => Math.sin(degrees * DEG);

/** Julian date (UT) of the k-th new moon after 1900-01-01 (Meeus, simplified). */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let c1 = (0.1734 - 0.000393 * t) * sin(m) + 0.0021 * sin(2 * m);
  c1 += -0.4068 * sin(mpr) + 0.0161 * sin(2 * mpr) - 0.0004 * sin(3 * mpr);
  c1 += 0.0104 * sin(2 * f) - 0.0051 * sin(m + mpr) - 0.0074 * sin(m - mpr);
  c1 += 0.0004 * sin(2 * f + m) - 0.0004 * sin(2 * f - m) - 0.0006 * sin(2 * f + mpr);
  c1 += 0.001 * sin(2 * f - mpr) + 0.0005 * sin(2 * mpr + m);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians, normalised to [0, 2π). */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * sin(m);
  dl += (0.019993 - 0.000101 * t) * sin(2 * m) + 0.00029 * sin(3 * m);
  const l = (l0 + dl) * DEG;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** Julian day number of the local day holding the k-th new moon. */
function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoon(k) + 0.5 + tz / 24);
}

/** Which 30° sector (major solar term) the sun is in at local midnight starting that day. */
function sunSector(jdn: number, tz: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - tz / 24) / Math.PI) * 6);
}

/** Start of lunar month 11 (the month holding the winter solstice) of a solar year. */
function lunarMonth11(year: number, tz: number): number {
  const off = ymdToJd({ year, month: 12, day: 31 }) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, tz);
  return sunSector(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}

/** Offset (from month 11) of the first month without a major solar term: the leap month. */
function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

function ymdToJd(date: YMD): number {
  return ymdToDayNumber(date) + JD_OF_UNIX_EPOCH;
}

function jdToYmd(jd: number): YMD {
  return dayNumberToYmd(jd - JD_OF_UNIX_EPOCH);
}

/**
 * The new-moon day that starts the lunar month holding `jdn`. The original takes k+1 or k; the
 * mean-motion estimate of k is one too high on a few days (7/5/2054, 9/4/2062), so step back.
 */
function monthStartOn(jdn: number, tz: number): number {
  let k = Math.floor((jdn - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH) + 1;
  let start = newMoonDay(k, tz);
  while (start > jdn) start = newMoonDay(--k, tz);
  return start;
}

export function solarToLunar(date: YMD, tz: number = VIETNAM_TIME_ZONE_HOURS): LunarDate {
  if (!isValidYmd(date)) throw new RangeError(`Invalid solar date: ${JSON.stringify(date)}`);
  const dayNumber = ymdToJd(date);
  const monthStart = monthStartOn(dayNumber, tz);
  let a11 = lunarMonth11(date.year, tz);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = date.year;
    a11 = lunarMonth11(date.year - 1, tz);
  } else {
    year = date.year + 1;
    b11 = lunarMonth11(date.year + 1, tz);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day: dayNumber - monthStart + 1, leap };
}

export function lunarToSolar(lunar: LunarDate, tz: number = VIETNAM_TIME_ZONE_HOURS): YMD {
  const { year, month, day, leap } = lunar;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError(`Invalid lunar date: ${JSON.stringify(lunar)}`);
  }
  const a11 = lunarMonth11(month < 11 ? year - 1 : year, tz);
  const b11 = lunarMonth11(month < 11 ? year : year + 1, tz);
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH_JD) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    const leapMonth = (leapOff - 2 + 12) % 12;
    if (leap && month !== leapMonth) throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    throw new RangeError(`Lunar year ${year} has no leap month`);
  }
  const monthStart = newMoonDay(k + off, tz);
  const nextMonthStart = newMoonDay(k + off + 1, tz);
  if (monthStart + day - 1 >= nextMonthStart) {
    throw new RangeError(`Lunar month ${month}/${year} has only ${nextMonthStart - monthStart} days`);
  }
  return jdToYmd(monthStart + day - 1);
}

/** Tết Nguyên đán: the first day of the first lunar month, as 'YYYY-MM-DD'. */
export function tetDate(year: number, tz: number = VIETNAM_TIME_ZONE_HOURS): string {
  return formatDate(lunarToSolar({ year, month: 1, day: 1, leap: false }, tz));
}

/** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month, as 'YYYY-MM-DD'. */
export function hungKingsDate(year: number, tz: number = VIETNAM_TIME_ZONE_HOURS): string {
  return formatDate(lunarToSolar({ year, month: 3, day: 10, leap: false }, tz));
}

/** Giao thừa: the last day of the lunar year that ends just before Tết of `year`. */
export function tetEveDate(year: number, tz: number = VIETNAM_TIME_ZONE_HOURS): string {
  return formatDate(jdToYmd(ymdToJd(lunarToSolar({ year, month: 1, day: 1, leap: false }, tz)) - 1));
}

/** The lunar month number that is repeated as a leap month in a lunar year, or null. */
export function leapMonthOf(year: number, tz: number = VIETNAM_TIME_ZONE_HOURS): number | null {
  // Months 1–10 of lunar year Y lie in the span from month 11 of Y-1; months 11–12 in the next span.
  const early = leapMonthInSpan(year - 1, tz);
  if (early !== null && early <= 10) return early;
  const late = leapMonthInSpan(year, tz);
  return late !== null && late >= 11 ? late : null;
}

function leapMonthInSpan(solarYear: number, tz: number): number | null {
  const a11 = lunarMonth11(solarYear, tz);
  if (lunarMonth11(solarYear + 1, tz) - a11 <= 365) return null;
  return ((leapMonthOffset(a11, tz) + 10 - 1) % 12) + 1;
}
