import type { OrgLevel } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const orgLevelsQueryKey = ['org-levels'] as const;

export function getOrgLevels(signal?: AbortSignal): Promise<{ items: OrgLevel[] }> {
  return apiClient.get<{ items: OrgLevel[] }>('/org-levels', { signal });
}

export function useOrgLevels() {
  return useQuery({
    queryKey: orgLevelsQueryKey,
    queryFn: ({ signal }) => getOrgLevels(signal),
    select: (data) => [...data.items].sort((a, b) => a.rank - b.rank),
    staleTime: 10 * 60_000,
  });
}
