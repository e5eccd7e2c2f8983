import type { ServiceList } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { serviceListKey } from './query-keys';

export function getServiceList(id: string, signal?: AbortSignal): Promise<ServiceList> {
  return apiClient.get<ServiceList>(`/catalog/service-lists/${encodeURIComponent(id)}`, { signal });
}

export function useServiceList(id: string) {
  return useQuery({ queryKey: serviceListKey(id), queryFn: ({ signal }) => getServiceList(id, signal) });
}
