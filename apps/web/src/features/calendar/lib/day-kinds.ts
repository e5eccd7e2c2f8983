import { calendarDayKinds, type CalendarDayDto, type CalendarDayKind } from '@motcua/shared';
import type { MessageKey } from '@/i18n';

/** What a calendar cell shows: an ordinary weekday or weekend, or one of the special kinds. */
export const displayDayKinds = ['weekday', 'weekend', ...calendarDayKinds] as const;
export type DisplayDayKind = (typeof displayDayKinds)[number];

export const editableDayKinds: readonly CalendarDayKind[] = calendarDayKinds;

/** Long names, one-letter codes (so colour is never the only cue) and the CSS class of each kind. */
export const dayKindLabelKeys: Record<DisplayDayKind, MessageKey> = {
  weekday: 'calendar.kind.weekday',
  weekend: 'calendar.kind.weekend',
  public_holiday: 'calendar.kind.public_holiday',
  substitute_day_off: 'calendar.kind.substitute_day_off',
  swapped_day_off: 'calendar.kind.swapped_day_off',
  provincial_day_off: 'calendar.kind.provincial_day_off',
  makeup_working_day: 'calendar.kind.makeup_working_day',
};

export const dayKindLetterKeys: Record<DisplayDayKind, MessageKey | null> = {
  weekday: null,
  weekend: null,
  public_holiday: 'calendar.letter.public_holiday',
  substitute_day_off: 'calendar.letter.substitute_day_off',
  swapped_day_off: 'calendar.letter.swapped_day_off',
  provincial_day_off: 'calendar.letter.provincial_day_off',
  makeup_working_day: 'calendar.letter.makeup_working_day',
};

export function dayKindClassName(kind: DisplayDayKind, draft = false): string {
  return `calendar-day calendar-day--${kind}${draft ? ' calendar-day--draft' : ''}`;
}

export function isWorkingKind(kind: DisplayDayKind): boolean {
  return kind === 'weekday' || kind === 'makeup_working_day';
}

/** Kind shown for a date: its special entry if any, otherwise weekday or weekend. */
export function displayKindOf(weekday: number, entry: CalendarDayDto | undefined): DisplayDayKind {
  if (entry) return entry.kind;
  return weekday === 0 || weekday === 6 ? 'weekend' : 'weekday';
}
