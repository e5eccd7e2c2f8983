import type { Timeliness } from './form-data.ts';

/**
 * How the forms print times, dates and numbers. Instants are ISO 8601 strings and are printed in
 * Asia/Ho_Chi_Minh (fixed UTC+7, no daylight saving since 1975).
 */
const VN_OFFSET_MS = 7 * 3_600_000;

const pad2 = (n: number) => String(n).padStart(2, '0');

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function localParts(instant: string): LocalParts {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${instant}`);
  const d = new Date(ms + VN_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** "15 giờ 30 phút, ngày 23/11/2026". */
export function formatTimeVi(instant: string): string {
  const p = localParts(instant);
  return `${pad2(p.hour)} giờ ${pad2(p.minute)} phút, ngày ${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/** "23/11/2026" — the Vietnam-time date of an instant. */
export function formatDateOf(instant: string): string {
  const p = localParts(instant);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/** "23/11/2026 15:30" — compact, for table cells. */
export function formatDateTimeShort(instant: string): string {
  const p = localParts(instant);
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year} ${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** A local date 'YYYY-MM-DD' as "23/11/2026". */
export function formatLocalDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`Not a date: ${date}`);
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/**
 * The place and date line under the national motto: "Quảng Ngãi, ngày 05 tháng 3 năm 2026". Decree 30/2020
 * (Appendix I) writes a day below 10 and the months 1 and 2 with a leading zero, other months without.
 */
export function placeAndDate(place: string, instant: string): string {
  const p = localParts(instant);
  const month = p.month <= 2 ? pad2(p.month) : String(p.month);
  return `${place}, ngày ${pad2(p.day)} tháng ${month} năm ${p.year}`;
}

/** Counts on the forms ("01 bộ", "02 bản sao"): at least two digits, as the official forms write them. */
export function formatCount(n: number): string {
  return n >= 0 && n < 10 ? `0${n}` : String(n);
}

export const timelinessLabels: Record<Timeliness, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};

/** Vietnam-time wall clock of an instant as an Excel date (Excel has no time zones: it shows what it stores). */
export function excelLocalDate(instant: string): Date {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${instant}`);
  return new Date(ms + VN_OFFSET_MS);
}
