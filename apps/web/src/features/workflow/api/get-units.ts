import type { OrgUnit } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** Units in the officer's scope, for the acting unit of a step and the agencies of a hand-off. */
export function useUnits() {
  return useQuery({
    queryKey: ['org-units'],
    queryFn: ({ signal }) => apiClient.get<{ items: OrgUnit[] }>('/org-units', { signal }),
    select: (data) => data.items.filter((u) => u.isActive),
    staleTime: 60_000,
  });
}
