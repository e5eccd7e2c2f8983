import { createContext, useContext } from 'react';
import type { Locale } from './define-messages';
import type { MessageKey } from './messages';

export type MessageParams = Record<string, string | number>;

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** Translates a known key, filling `{name}` placeholders from params. */
  t: (key: MessageKey, params?: MessageParams) => string;
  /** For keys built from server data (permission codes, enum values): undefined when unknown. */
  tOptional: (key: string, params?: MessageParams) => string | undefined;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
