import type { RevokeEResultBody } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { dossierKey, papersKey } from './query-keys';

export interface RevokeEResultInput extends RevokeEResultBody {
  resultId: string;
  dossierId: string;
}

/** Revokes an electronic result: its public verification page says so from now on. */
export function revokeEResult({ resultId, reason }: RevokeEResultInput): Promise<void> {
  return apiClient.post<void>(`/e-results/${encodeURIComponent(resultId)}/revoke`, { reason });
}

export function useRevokeEResult() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeEResult,
    onSuccess: async (_nothing, input) => {
      // The papers show the revocation; the dossier's history records it.
      await Promise.all([queryClient.invalidateQueries({ queryKey: papersKey(input.dossierId) }), queryClient.invalidateQueries({ queryKey: dossierKey(input.dossierId) })]);
    },
  });
}
