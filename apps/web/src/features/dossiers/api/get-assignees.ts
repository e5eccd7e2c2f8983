import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { AssigneeList } from '../lib/types';
import { dossiersQueryKey } from './query-keys';

/** Officers who may be given this dossier, with how many open dossiers each already holds. */
export function getAssignees(id: string, role: 'specialist' | 'leader' | undefined, signal?: AbortSignal): Promise<AssigneeList> {
  return apiClient.get<AssigneeList>(`/dossiers/${encodeURIComponent(id)}/assignees`, { query: { role }, signal });
}

/** `role: 'leader'` narrows to the leaders who may approve (request for approval). */
export function useAssignees(id: string | undefined, role?: 'specialist' | 'leader') {
  return useQuery({
    queryKey: [...dossiersQueryKey, 'assignees', id, role],
    queryFn: ({ signal }) => getAssignees(id ?? '', role, signal),
    enabled: Boolean(id),
  });
}
