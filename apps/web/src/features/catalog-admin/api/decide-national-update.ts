import type { NationalUpdateDetail } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { catalogRootKey, nationalUpdateKey } from './query-keys';

export type NationalUpdateDecision = 'accept' | 'dismiss';

/** Accept (needs `catalog.publish`: the merged version becomes public) or dismiss (keep the province's version). */
export function decideNationalUpdate({ id, decision }: { id: string; decision: NationalUpdateDecision }): Promise<NationalUpdateDetail> {
  return apiClient.post<NationalUpdateDetail>(`/catalog/national-updates/${encodeURIComponent(id)}/${decision}`, {});
}

export function useDecideNationalUpdate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decideNationalUpdate,
    onSuccess: async (update) => {
      queryClient.setQueryData(nationalUpdateKey(update.id), update);
      await queryClient.invalidateQueries({ queryKey: catalogRootKey, predicate: (query) => query.queryKey.join('/') !== nationalUpdateKey(update.id).join('/') });
    },
  });
}
