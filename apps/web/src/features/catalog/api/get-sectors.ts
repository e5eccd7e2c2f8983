import type { SectorView } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { publicCatalogQueryKey } from './search-procedures';

/** Sectors with the number of procedures in force. */
export function getSectors(signal?: AbortSignal): Promise<{ items: SectorView[] }> {
  return apiClient.get<{ items: SectorView[] }>('/catalog/sectors', { signal });
}

export function useSectors() {
  return useQuery({
    queryKey: [...publicCatalogQueryKey, 'sectors'],
    queryFn: ({ signal }) => getSectors(signal),
    select: (data) => data.items,
    staleTime: 10 * 60_000,
  });
}
