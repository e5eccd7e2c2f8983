import dayjs from 'dayjs';
import { displayTimeZone } from '@/lib/dates';

/** Instants in Vietnam time, day first, as the portal's applicants read them: `25/11/2026 14:30`. */
export function formatInstant(value: string | null | undefined): string {
  return value ? dayjs(value).tz(displayTimeZone).format('DD/MM/YYYY HH:mm') : '';
}
