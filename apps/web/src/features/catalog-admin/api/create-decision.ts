import type { DecisionInput, PublicationDecision } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { catalogAdminQueryKey, decisionKey } from './query-keys';

/** A draft decision; nothing becomes public until it is issued. */
export function createDecision(body: DecisionInput): Promise<PublicationDecision> {
  return apiClient.post<PublicationDecision>('/catalog/decisions', body);
}

export function useCreateDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDecision,
    onSuccess: async (decision) => {
      queryClient.setQueryData(decisionKey(decision.id), decision);
      await queryClient.invalidateQueries({ queryKey: [...catalogAdminQueryKey, 'decisions'] });
    },
  });
}
