import type { PublicationDecision } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { catalogRootKey, decisionKey } from './query-keys';

/** Makes every item's latest version public (and the listed desk lists); needs `catalog.publish`. */
export function issueDecision({ id, acknowledgeIncomplete }: { id: string; acknowledgeIncomplete: boolean }): Promise<PublicationDecision> {
  return apiClient.post<PublicationDecision>(`/catalog/decisions/${encodeURIComponent(id)}/issue`, { acknowledgeIncomplete });
}

export function useIssueDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issueDecision,
    onSuccess: async (decision) => {
      queryClient.setQueryData(decisionKey(decision.id), decision);
      await queryClient.invalidateQueries({ queryKey: catalogRootKey, predicate: (query) => !(query.queryKey.length === 4 && query.queryKey[2] === 'decision' && query.queryKey[3] === decision.id) });
    },
  });
}
