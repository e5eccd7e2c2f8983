import dayjs from 'dayjs';
import { displayTimeZone } from '@/lib/dates';

/** Instants in Vietnam time, day first, as the portal's applicants read them: `25/11/2026 14:30`. */
export function formatInstant(value: string | null | undefined): string {
  return value ? dayjs(value).tz(displayTimeZone).format('DD/MM/YYYY HH:mm') : '';
}

const vnd = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** Whole đồng, grouped the Vietnamese way: `1.234.000 đ`. */
export function formatVnd(amount: number): string {
  return `${vnd.format(amount)} đ`;
}

/** `1,2 MB`, `350 KB`. */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
