import type { ProcedureDetail } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { publicCatalogQueryKey } from './search-procedures';

/** The version in force (or the last one, for a replaced or abolished procedure). */
export function getProcedure(code: string, signal?: AbortSignal): Promise<ProcedureDetail> {
  return apiClient.get<ProcedureDetail>(`/procedures/${encodeURIComponent(code)}`, { signal });
}

export function useProcedure(code: string) {
  return useQuery({
    queryKey: [...publicCatalogQueryKey, 'procedure', code],
    queryFn: ({ signal }) => getProcedure(code, signal),
    staleTime: 5 * 60_000,
  });
}
