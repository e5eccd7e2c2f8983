import type { CalendarYear } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const calendarYearQueryKey = ['calendar-year'] as const;

/** Special days, working hours and the number of working days of one year. */
export function getCalendarYear(year: number, signal?: AbortSignal): Promise<CalendarYear> {
  return apiClient.get<CalendarYear>(`/calendar/${year}`, { signal });
}

export const calendarYearQueryOptions = (year: number) =>
  queryOptions({
    queryKey: [...calendarYearQueryKey, year],
    queryFn: ({ signal }) => getCalendarYear(year, signal),
    staleTime: 60_000,
  });

export function useCalendarYear(year: number) {
  return useQuery(calendarYearQueryOptions(year));
}
