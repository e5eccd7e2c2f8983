import type { DossierSummary, ReceiveDossierBody } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { dossiersQueryKey } from './query-keys';

export function receiveDossier({ body, idempotencyKey }: { body: ReceiveDossierBody; idempotencyKey: string }): Promise<DossierSummary> {
  return apiClient.post<DossierSummary>('/dossiers', body, { headers: { 'Idempotency-Key': idempotencyKey } });
}

export function useReceiveDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: receiveDossier,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: dossiersQueryKey, predicate: (query) => query.queryKey[1] !== 'detail' });
    },
  });
}
