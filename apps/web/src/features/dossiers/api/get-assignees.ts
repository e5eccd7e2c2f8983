import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { AssigneeList } from '../lib/types';
import { dossiersQueryKey } from './query-keys';

/** Officers who may be given this dossier, with how many open dossiers each already holds. */
export function getAssignees(id: string, signal?: AbortSignal): Promise<AssigneeList> {
  return apiClient.get<AssigneeList>(`/dossiers/${encodeURIComponent(id)}/assignees`, { signal });
}

export function useAssignees(id: string | undefined) {
  return useQuery({
    queryKey: [...dossiersQueryKey, 'assignees', id],
    queryFn: ({ signal }) => getAssignees(id ?? '', signal),
    enabled: Boolean(id),
  });
}
