import type { Locale } from '@/i18n';

const vnd = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** Whole đồng, grouped the Vietnamese way whatever the interface language, as gateways and receipts print it: `1.234.000 đ`. */
export function formatVnd(amount: number): string {
  return `${vnd.format(amount)} đ`;
}

/** A file's size: `512 B`, `245 KB`, `1,2 MB` (decimal comma in Vietnamese). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${number.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / 1024 / 1024)} MB`;
}
