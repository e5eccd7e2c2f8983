import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Instants are stored in UTC and always shown in Vietnam time, whatever the browser's zone. */
export const displayTimeZone = 'Asia/Ho_Chi_Minh';
export const dateFormat = 'DD/MM/YYYY';
export const dateTimeFormat = 'HH:mm DD/MM/YYYY';

const legalDatePattern = /^\d{4}-\d{2}-\d{2}$/;

type DateInput = string | number | Date | null | undefined;

/** A legal date (`YYYY-MM-DD`) is a calendar day, not an instant: it must not shift with zones. */
export function formatDate(value: DateInput): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && legalDatePattern.test(value)) return dayjs(value, 'YYYY-MM-DD').format(dateFormat);
  return dayjs(value).tz(displayTimeZone).format(dateFormat);
}

export function formatDateTime(value: DateInput): string {
  if (value === null || value === undefined || value === '') return '';
  return dayjs(value).tz(displayTimeZone).format(dateTimeFormat);
}

/** A legal date taken from the address (`?from=2026-11-01`), or `fallback` when it is missing or malformed. */
export function legalDateOr(value: string | null, fallback: string): string {
  return value && legalDatePattern.test(value) ? value : fallback;
}
