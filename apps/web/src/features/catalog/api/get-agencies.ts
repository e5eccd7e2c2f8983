import type { AgencyView } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { publicCatalogQueryKey } from './search-procedures';

/** Units with procedures in force assigned to them. */
export function getAgencies(signal?: AbortSignal): Promise<{ items: AgencyView[] }> {
  return apiClient.get<{ items: AgencyView[] }>('/catalog/agencies', { signal });
}

export function useAgencies() {
  return useQuery({
    queryKey: [...publicCatalogQueryKey, 'agencies'],
    queryFn: ({ signal }) => getAgencies(signal),
    select: (data) => data.items,
    staleTime: 10 * 60_000,
  });
}
