import type { DossierDetail, ReceiveDossierBody } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { dossierKey, dossiersQueryKey } from './query-keys';

export function receiveDossier({ body, idempotencyKey }: { body: ReceiveDossierBody; idempotencyKey: string }): Promise<DossierDetail> {
  return apiClient.post<DossierDetail>('/dossiers', body, { headers: { 'Idempotency-Key': idempotencyKey } });
}

export function useReceiveDossier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: receiveDossier,
    onSuccess: (detail) => {
      queryClient.setQueryData(dossierKey(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: dossiersQueryKey, predicate: (query) => query.queryKey[1] !== 'detail' });
    },
  });
}
