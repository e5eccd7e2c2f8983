import type { ParseIssue } from '@motcua/shared';

export const NO_INFO = 'Không có thông tin';

/** Normalises crawler text: non-breaking spaces, tabs, runs of spaces; "no information" becomes null. */
export function clean(text: string | undefined | null): string | null {
  if (!text) return null;
  const t = text.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
  if (!t || t === NO_INFO || t === '-' || t === '--') return null;
  return t;
}

export const excerpt = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** How well one field of a record was understood. */
export type FieldStatus = 'absent' | 'parsed' | 'partial' | 'unparsed';

export interface FieldOutcome<T> {
  value: T;
  status: FieldStatus;
  issues: ParseIssue[];
}

/** Index just past the parenthesised group starting at `start` (which must be '('); -1 if unbalanced. */
export function closeParen(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** "1.500.000", "4,000,000" or "100000" → 1500000 / 4000000 / 100000. */
export function parseVnd(digits: string): number | null {
  const n = Number(digits.replace(/[.,]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}
