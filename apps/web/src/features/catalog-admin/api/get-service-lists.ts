import type { ServiceList, ServiceListKind, ServiceListStatus } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { catalogAdminQueryKey } from './query-keys';

export interface ServiceListFilters {
  unitId?: string | undefined;
  kind?: ServiceListKind | undefined;
  status?: ServiceListStatus | undefined;
}

/** Desk lists without their items (see `itemCount`). */
export function getServiceLists(filters: ServiceListFilters, signal?: AbortSignal): Promise<{ items: ServiceList[] }> {
  return apiClient.get<{ items: ServiceList[] }>('/catalog/service-lists', { query: { ...filters }, signal });
}

export function useServiceLists(filters: ServiceListFilters) {
  return useQuery({
    queryKey: [...catalogAdminQueryKey, 'service-lists', filters],
    queryFn: ({ signal }) => getServiceLists(filters, signal),
    select: (data) => data.items,
  });
}
