import type { NationalUpdatePage } from '@motcua/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { catalogAdminQueryKey } from './query-keys';

export type NationalUpdateStatus = 'pending' | 'accepted' | 'dismissed' | 'superseded';

export interface NationalUpdateListParams {
  status: NationalUpdateStatus;
  page: number;
  pageSize: number;
}

/** National updates by status (pending first of all), newest first, with their total. */
export function getNationalUpdates(params: NationalUpdateListParams, signal?: AbortSignal): Promise<NationalUpdatePage> {
  return apiClient.get<NationalUpdatePage>('/catalog/national-updates', { query: { ...params }, signal });
}

export function useNationalUpdates(params: NationalUpdateListParams, enabled = true) {
  return useQuery({
    queryKey: [...catalogAdminQueryKey, 'national-updates', params],
    queryFn: ({ signal }) => getNationalUpdates(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
