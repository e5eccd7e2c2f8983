import type { DecisionInput, PublicationDecision } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { catalogAdminQueryKey, decisionKey } from './query-keys';

/** Drafts only (an issued decision answers 409). */
export function updateDecision({ id, body }: { id: string; body: Partial<DecisionInput> }): Promise<PublicationDecision> {
  return apiClient.patch<PublicationDecision>(`/catalog/decisions/${encodeURIComponent(id)}`, body);
}

export function useUpdateDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDecision,
    onSuccess: async (decision) => {
      queryClient.setQueryData(decisionKey(decision.id), decision);
      await queryClient.invalidateQueries({ queryKey: [...catalogAdminQueryKey, 'decisions'] });
      await queryClient.invalidateQueries({ queryKey: [...decisionKey(decision.id), 'check'] });
    },
  });
}
