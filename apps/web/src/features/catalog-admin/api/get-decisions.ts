import type { DecisionIssuerLevel, DecisionStatus } from '@motcua/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { DecisionPage } from '../lib/types';
import { catalogAdminQueryKey } from './query-keys';

export interface DecisionListParams {
  status?: DecisionStatus | undefined;
  issuerLevel?: DecisionIssuerLevel | undefined;
  page: number;
  pageSize: number;
}

/** Decisions with their timing flags and late / incomplete counts. */
export function getDecisions(params: DecisionListParams, signal?: AbortSignal): Promise<DecisionPage> {
  return apiClient.get<DecisionPage>('/catalog/decisions', { query: { ...params }, signal });
}

export function useDecisions(params: DecisionListParams) {
  return useQuery({
    queryKey: [...catalogAdminQueryKey, 'decisions', params],
    queryFn: ({ signal }) => getDecisions(params, signal),
    placeholderData: keepPreviousData,
  });
}
