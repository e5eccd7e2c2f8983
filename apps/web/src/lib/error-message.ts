import { errorCatalog, type ErrorCode } from '@motcua/shared';
import { isApiError } from './api-client';

type Locale = 'vi' | 'en';

function isKnownCode(code: string): code is ErrorCode {
  return Object.hasOwn(errorCatalog, code);
}

/**
 * The server's own words (Vietnamese) are the most specific in Vietnamese; in English we fall back
 * to the shared catalogue because server details are not translated.
 */
export function describeError(error: unknown, locale: Locale, texts: { network: string; unknown: string }): string {
  if (!isApiError(error)) return texts.unknown;
  if (error.status === 0) return texts.network;
  if (locale === 'vi') return error.detail ?? error.title ?? (isKnownCode(error.code) ? errorCatalog[error.code].vi : texts.unknown);
  return isKnownCode(error.code) ? errorCatalog[error.code].en : texts.unknown;
}
