import type { CalendarDayDto, PutCalendarDayBody } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { calendarYearQueryKey } from './get-calendar-year';
import { deadlineChangesQueryKey } from './get-deadline-changes';

/** Sets or replaces the kind, name and source document of one day. */
export function setCalendarDay({ date, body }: { date: string; body: PutCalendarDayBody }): Promise<CalendarDayDto> {
  return apiClient.put<CalendarDayDto>(`/calendar/days/${encodeURIComponent(date)}`, body);
}

export function useSetCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setCalendarDay,
    // Open deadlines are recomputed in the background; the list is refreshed when it is next shown.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: calendarYearQueryKey }),
        queryClient.invalidateQueries({ queryKey: deadlineChangesQueryKey }),
      ]),
  });
}
