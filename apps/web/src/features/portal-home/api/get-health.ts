import type { HealthResponse } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const healthQueryKey = ['health'] as const;

export function getHealth(signal?: AbortSignal): Promise<HealthResponse> {
  return apiClient.get<HealthResponse>('/health', { signal });
}

/** Only for the footer's version line; failures stay silent. */
export function useHealth() {
  return useQuery({ queryKey: healthQueryKey, queryFn: ({ signal }) => getHealth(signal), staleTime: 10 * 60_000, retry: false });
}
