import type { NationalUpdateDetail } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { nationalUpdateKey } from './query-keys';

/** One national update with the national changes, the conflicts, the province values kept and the effect on the public record. */
export function getNationalUpdate(id: string, signal?: AbortSignal): Promise<NationalUpdateDetail> {
  return apiClient.get<NationalUpdateDetail>(`/catalog/national-updates/${encodeURIComponent(id)}`, { signal });
}

export function useNationalUpdate(id: string) {
  return useQuery({ queryKey: nationalUpdateKey(id), queryFn: ({ signal }) => getNationalUpdate(id, signal) });
}
