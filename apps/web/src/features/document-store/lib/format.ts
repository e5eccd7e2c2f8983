import type { Locale } from '@/i18n';

/** "245 KB", "1,2 MB": decimal comma in Vietnamese. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const number = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${number.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / 1024 / 1024)} MB`;
}
