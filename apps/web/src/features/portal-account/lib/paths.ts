import { paths } from '@/config/paths';

/** Only portal paths are accepted as a return address, so a link cannot send users elsewhere. */
export function safePortalPath(next: string | null | undefined, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/admin') || next.startsWith('/api') || next.startsWith(paths.portal.accountLogin)) return fallback;
  return next;
}

export const loginPathWithNext = (next: string) => `${paths.portal.accountLogin}?next=${encodeURIComponent(next)}`;

/** dd/MM/yyyy (what people type) → YYYY-MM-DD (what the API stores); null when it is not a date. */
export function toIsoDate(value: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

export const fromIsoDate = (iso: string | null): string => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');
