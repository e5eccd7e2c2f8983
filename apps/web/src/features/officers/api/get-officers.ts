import type { Officer, Page } from '@motcua/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const officersQueryKey = ['officers'] as const;

export interface OfficerListParams {
  q?: string;
  orgUnitId?: string;
  page: number;
  pageSize: number;
}

export function getOfficers(params: OfficerListParams, signal?: AbortSignal): Promise<Page<Officer>> {
  return apiClient.get<Page<Officer>>('/officers', { query: { ...params }, signal });
}

export function useOfficers(params: OfficerListParams) {
  return useQuery({
    queryKey: [...officersQueryKey, params],
    queryFn: ({ signal }) => getOfficers(params, signal),
    placeholderData: keepPreviousData,
  });
}
