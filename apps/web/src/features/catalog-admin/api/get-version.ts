import type { ProcedureDetail } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { procedureKey } from './query-keys';

/** One immutable version of the record. */
export function getVersion(id: string, number: number, signal?: AbortSignal): Promise<ProcedureDetail> {
  return apiClient.get<ProcedureDetail>(`/catalog/procedures/${encodeURIComponent(id)}/versions/${number}`, { signal });
}

export function useVersion(id: string, number: number | null) {
  return useQuery({
    queryKey: [...procedureKey(id), 'version', number],
    queryFn: ({ signal }) => getVersion(id, number ?? 0, signal),
    enabled: number !== null,
    staleTime: Infinity,
  });
}
