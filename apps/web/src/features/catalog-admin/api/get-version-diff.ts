import type { VersionDiff } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { procedureKey } from './query-keys';

export function getVersionDiff(id: string, from: number, to: number, signal?: AbortSignal): Promise<VersionDiff> {
  return apiClient.get<VersionDiff>(`/catalog/procedures/${encodeURIComponent(id)}/diff`, { query: { from, to }, signal });
}

export function useVersionDiff(id: string, range: { from: number; to: number } | null) {
  return useQuery({
    queryKey: [...procedureKey(id), 'diff', range],
    queryFn: ({ signal }) => getVersionDiff(id, range?.from ?? 1, range?.to ?? 1, signal),
    enabled: range !== null,
    staleTime: Infinity,
  });
}
