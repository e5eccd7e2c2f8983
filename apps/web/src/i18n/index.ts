export { locales, type Locale } from './define-messages';
export { useI18n, type I18n, type MessageParams } from './i18n-context';
export { I18nProvider } from './i18n-provider';
export type { MessageKey } from './messages';
