import type { EvaluationSummary, EvaluationSummaryQuery } from '@motcua/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { evaluationQueryKey } from './query-keys';

/** Citizens' ratings per agency and index, for the officer's units. */
export function getEvaluationSummary(query: EvaluationSummaryQuery, signal?: AbortSignal): Promise<EvaluationSummary> {
  return apiClient.get<EvaluationSummary>('/evaluation/summary', { query: { ...query }, signal });
}

export function useEvaluationSummary(query: EvaluationSummaryQuery) {
  return useQuery({
    queryKey: [...evaluationQueryKey, 'summary', query],
    queryFn: ({ signal }) => getEvaluationSummary(query, signal),
    placeholderData: keepPreviousData,
  });
}
