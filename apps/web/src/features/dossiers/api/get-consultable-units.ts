import type { AgencyView } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** Agencies of the province that resolve procedures: the bodies a specialist may consult. */
export function getConsultableUnits(signal?: AbortSignal): Promise<{ items: AgencyView[] }> {
  return apiClient.get<{ items: AgencyView[] }>('/catalog/agencies', { signal });
}

export function useConsultableUnits(enabled: boolean) {
  return useQuery({
    queryKey: ['catalog', 'public', 'agencies'],
    queryFn: ({ signal }) => getConsultableUnits(signal),
    select: (data) => data.items,
    staleTime: 10 * 60_000,
    enabled,
  });
}
