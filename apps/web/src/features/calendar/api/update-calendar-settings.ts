import type { CalendarSettingsBody } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { calendarYearQueryKey } from './get-calendar-year';

/** Working periods of the day and the receipt cut-off; they come back with every year. */
export function updateCalendarSettings(body: CalendarSettingsBody): Promise<void> {
  return apiClient.put<void>('/calendar/settings', body);
}

export function useUpdateCalendarSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCalendarSettings,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarYearQueryKey }),
  });
}
