import type { deadlineChange } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** The shared contract exports the schema only; its parsed type is the DTO. */
export type DeadlineChangeDto = ReturnType<(typeof deadlineChange)['parse']>;

export const deadlineChangesQueryKey = ['calendar-deadline-changes'] as const;

/** Deadlines recomputed after a change of the calendar, newest first (the last 200). */
export function getDeadlineChanges(signal?: AbortSignal): Promise<{ items: DeadlineChangeDto[] }> {
  return apiClient.get<{ items: DeadlineChangeDto[] }>('/calendar/deadline-changes', { signal });
}

export function useDeadlineChanges(enabled: boolean) {
  return useQuery({
    queryKey: deadlineChangesQueryKey,
    queryFn: ({ signal }) => getDeadlineChanges(signal),
    select: (data) => data.items,
    enabled,
  });
}
