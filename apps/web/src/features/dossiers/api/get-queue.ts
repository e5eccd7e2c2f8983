import type { DossierPage, QueueQuery } from '@motcua/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { dossiersQueryKey } from './query-keys';

export type QueueParams = Partial<QueueQuery> & Pick<QueueQuery, 'queue' | 'page' | 'pageSize'>;

/** One work queue of the signed-in officer (mine, unit, due soon, overdue, waiting for the applicant, all). */
export function getQueue(params: QueueParams, signal?: AbortSignal): Promise<DossierPage> {
  return apiClient.get<DossierPage>('/dossiers/queue', { query: { ...params }, signal });
}

export function useDossierQueue(params: QueueParams) {
  return useQuery({
    queryKey: [...dossiersQueryKey, 'queue', params],
    queryFn: ({ signal }) => getQueue(params, signal),
    placeholderData: keepPreviousData,
  });
}
