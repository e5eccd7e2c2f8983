import type { VersionSummary } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { procedureKey } from './query-keys';

/** Newest first. */
export function getVersions(id: string, signal?: AbortSignal): Promise<{ items: VersionSummary[] }> {
  return apiClient.get<{ items: VersionSummary[] }>(`/catalog/procedures/${encodeURIComponent(id)}/versions`, { signal });
}

export function useVersions(id: string) {
  return useQuery({ queryKey: [...procedureKey(id), 'versions'], queryFn: ({ signal }) => getVersions(id, signal), select: (data) => data.items });
}
