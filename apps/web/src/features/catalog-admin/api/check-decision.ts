import type { DecisionCheck } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { decisionKey } from './query-keys';

/** Before issuing: every item's missing components and the timing the decision would get. */
export function checkDecision(id: string, signal?: AbortSignal): Promise<DecisionCheck> {
  return apiClient.get<DecisionCheck>(`/catalog/decisions/${encodeURIComponent(id)}/check`, { signal });
}

export function useDecisionCheck(id: string, enabled: boolean) {
  return useQuery({ queryKey: [...decisionKey(id), 'check'], queryFn: ({ signal }) => checkDecision(id, signal), enabled, staleTime: 0 });
}
