import type { AdminProcedureDetail } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { procedureKey } from './query-keys';

/** The latest (working) version with its consistency check. */
export function getAdminProcedure(id: string, signal?: AbortSignal): Promise<AdminProcedureDetail> {
  return apiClient.get<AdminProcedureDetail>(`/catalog/procedures/${encodeURIComponent(id)}`, { signal });
}

export function useAdminProcedure(id: string) {
  return useQuery({ queryKey: procedureKey(id), queryFn: ({ signal }) => getAdminProcedure(id, signal) });
}
