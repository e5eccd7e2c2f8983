import type { ProcedurePage } from '@motcua/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { publicCatalogQueryKey } from './search-procedures';

export interface PagingParams {
  page: number;
  pageSize: number;
}

export function getSectorProcedures(code: string, paging: PagingParams, signal?: AbortSignal): Promise<ProcedurePage> {
  return apiClient.get<ProcedurePage>(`/catalog/sectors/${encodeURIComponent(code)}/procedures`, { query: { ...paging }, signal });
}

export function useSectorProcedures(code: string, paging: PagingParams) {
  return useQuery({
    queryKey: [...publicCatalogQueryKey, 'sector', code, paging],
    queryFn: ({ signal }) => getSectorProcedures(code, paging, signal),
    placeholderData: keepPreviousData,
  });
}
