import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { AdminProcedurePage, AdminProcedureQuery } from '../lib/types';
import { catalogAdminQueryKey } from './query-keys';

/** The whole catalog, drafts included, with each procedure's latest version. */
export function getAdminProcedures(query: AdminProcedureQuery, signal?: AbortSignal): Promise<AdminProcedurePage> {
  return apiClient.get<AdminProcedurePage>('/catalog/procedures', { query: { ...query }, signal });
}

export function useAdminProcedures(query: AdminProcedureQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...catalogAdminQueryKey, 'procedures', query],
    queryFn: ({ signal }) => getAdminProcedures(query, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
