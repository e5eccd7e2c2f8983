import dayjs, { type Dayjs } from 'dayjs';
import { displayTimeZone } from '@/lib/dates';

/**
 * The pickers hold the wall-clock time an officer typed, whatever the browser's zone; the API
 * wants that time in Vietnam, so the components are sent as they are, with the +07:00 offset.
 */
export function toVietnamInstant(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm')}:00+07:00`;
}

/** A picker value showing the current wall-clock time in Vietnam. */
export function vietnamNow(): Dayjs {
  return dayjs(dayjs().tz(displayTimeZone).format('YYYY-MM-DDTHH:mm'));
}

export function currentVietnamYear(): number {
  return Number(dayjs().tz(displayTimeZone).format('YYYY'));
}

/** A legal date as a picker value (local midnight of that calendar day). */
export function legalDateToPicker(date: string): Dayjs {
  return dayjs(`${date}T00:00`);
}

export function pickerToLegalDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}
