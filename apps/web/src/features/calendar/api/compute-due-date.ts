import type { DueDateBody, DueDateResponse } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** A POST that changes nothing: it is run on demand for the form's values, not cached. */
export function computeDueDate(body: DueDateBody): Promise<DueDateResponse> {
  return apiClient.post<DueDateResponse>('/calendar/due-date', body);
}

export function useComputeDueDate() {
  return useMutation({ mutationFn: computeDueDate });
}
