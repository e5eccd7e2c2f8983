import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { locales, type Locale } from './define-messages';
import { I18nContext, type I18n, type MessageParams } from './i18n-context';
import { messages, type MessageKey } from './messages';

const storageKey = 'motcua.locale';

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return locales.find((locale) => locale === stored) ?? 'vi';
  } catch {
    return 'vi';
  }
}

function fill(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function applyLocaleToDocument(locale: Locale) {
  document.documentElement.lang = locale;
  dayjs.locale(locale === 'vi' ? 'vi' : 'en');
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const initial = readStoredLocale();
    applyLocaleToDocument(initial);
    return initial;
  });

  useLayoutEffect(() => applyLocaleToDocument(locale), [locale]);

  const setLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Private browsing may forbid storage; the choice then lasts for this page only.
    }
    applyLocaleToDocument(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const table: Record<string, string> = messages[locale];
    return {
      locale,
      setLocale,
      t: (key: MessageKey, params?: MessageParams) => fill(table[key] ?? key, params),
      tOptional: (key: string, params?: MessageParams) => (key in table ? fill(table[key]!, params) : undefined),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
