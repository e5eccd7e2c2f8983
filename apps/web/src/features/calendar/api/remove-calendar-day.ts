import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { calendarYearQueryKey } from './get-calendar-year';
import { deadlineChangesQueryKey } from './get-deadline-changes';

/** Removes a day from the calendar: it becomes an ordinary weekday or weekend again. */
export function removeCalendarDay(date: string): Promise<void> {
  return apiClient.delete<void>(`/calendar/days/${encodeURIComponent(date)}`);
}

export function useRemoveCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeCalendarDay,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: calendarYearQueryKey }),
        queryClient.invalidateQueries({ queryKey: deadlineChangesQueryKey }),
      ]),
  });
}
