import type { ProcedurePage } from '@motcua/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { PagingParams } from './get-sector-procedures';
import { publicCatalogQueryKey } from './search-procedures';

/** Procedures assigned to the unit or one of its sub-units. */
export function getAgencyProcedures(unitCode: string, paging: PagingParams, signal?: AbortSignal): Promise<ProcedurePage> {
  return apiClient.get<ProcedurePage>(`/catalog/agencies/${encodeURIComponent(unitCode)}/procedures`, { query: { ...paging }, signal });
}

export function useAgencyProcedures(unitCode: string, paging: PagingParams) {
  return useQuery({
    queryKey: [...publicCatalogQueryKey, 'agency', unitCode, paging],
    queryFn: ({ signal }) => getAgencyProcedures(unitCode, paging, signal),
    placeholderData: keepPreviousData,
  });
}
