import { useCallback } from 'react';
import { useI18n, type MessageKey } from '@/i18n';
import { formatDate } from '@/lib/dates';
import { weekdayOf } from './calendar-grid';

const weekdayKeys: readonly MessageKey[] = [
  'calendar.weekday.0',
  'calendar.weekday.1',
  'calendar.weekday.2',
  'calendar.weekday.3',
  'calendar.weekday.4',
  'calendar.weekday.5',
  'calendar.weekday.6',
];

const weekdayShortKeys: readonly MessageKey[] = [
  'calendar.weekdayShort.0',
  'calendar.weekdayShort.1',
  'calendar.weekdayShort.2',
  'calendar.weekdayShort.3',
  'calendar.weekdayShort.4',
  'calendar.weekdayShort.5',
  'calendar.weekdayShort.6',
];

/** "Thứ Ba" for a weekday number (0 = Sunday). */
export function useWeekdayName(): (weekday: number, short?: boolean) => string {
  const { t } = useI18n();
  return useCallback((weekday: number, short = false) => t((short ? weekdayShortKeys : weekdayKeys)[weekday]!), [t]);
}

/** "Thứ Ba 28/04/2026" for a legal date. */
export function useDayLabel(): (date: string) => string {
  const weekdayName = useWeekdayName();
  return useCallback((date: string) => `${weekdayName(weekdayOf(date))} ${formatDate(date)}`, [weekdayName]);
}
