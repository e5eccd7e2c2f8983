import type { AuditEntryDto, Page } from '@motcua/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const auditEntriesQueryKey = ['audit-entries'] as const;

export interface AuditListParams {
  page: number;
  pageSize: number;
}

export function getAuditEntries(params: AuditListParams, signal?: AbortSignal): Promise<Page<AuditEntryDto>> {
  return apiClient.get<Page<AuditEntryDto>>('/audit-entries', { query: { ...params }, signal });
}

export function useAuditEntries(params: AuditListParams) {
  return useQuery({
    queryKey: [...auditEntriesQueryKey, params],
    queryFn: ({ signal }) => getAuditEntries(params, signal),
    placeholderData: keepPreviousData,
  });
}
