/**
 * Vietnamese text folding for search: lower case, no diacritics, đ → d. Computed in TypeScript and
 * stored, so SQLite and PostgreSQL compare the same ASCII strings and return the same results.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-cased, diacritics removed, đ/Đ folded to d; every run of other characters becomes one space. */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/(^|\s)\.+|\.+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The distinct words of a folded text, in order of first appearance. */
export function searchWords(input: string): string[] {
  const folded = foldVietnamese(input);
  return folded ? [...new Set(folded.split(' '))] : [];
}

/** A stable, URL-safe code for a name, e.g. "Hộ tịch" → "ho-tich". */
export function slugOf(input: string): string {
  return foldVietnamese(input).replace(/\./g, ' ').trim().replace(/\s+/g, '-');
}
