export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];

/**
 * Keeps the Vietnamese and English text of one area side by side; the English table must have
 * exactly the keys of the Vietnamese one, so a missing translation fails the typecheck.
 */
export function defineMessages<const T extends Record<string, string>>(messages: {
  vi: T;
  en: { [K in keyof T]: string };
}) {
  return messages;
}
