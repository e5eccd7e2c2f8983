import type { ProcedurePage } from '@motcua/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ProcedureSearchState } from '../lib/search-params';

export const publicCatalogQueryKey = ['catalog', 'public'] as const;

export type ProcedureSearchParams = Omit<ProcedureSearchState, 'q'> & { q?: string | undefined };

/** Ranked best first by the server (diacritics-insensitive); only procedures in force. */
export function searchProcedures(params: ProcedureSearchParams, signal?: AbortSignal): Promise<ProcedurePage> {
  return apiClient.get<ProcedurePage>('/procedures', { query: { ...params }, signal });
}

export function useProcedureSearch(params: ProcedureSearchParams) {
  return useQuery({
    queryKey: [...publicCatalogQueryKey, 'search', params],
    queryFn: ({ signal }) => searchProcedures(params, signal),
    placeholderData: keepPreviousData,
  });
}
