import type { DossierAction, DossierActionBody, DossierDetail } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, isApiError } from '@/lib/api-client';
import { dossierKey, dossiersQueryKey } from './query-keys';

export interface DossierActionInput {
  id: string;
  action: DossierAction;
  body: DossierActionBody;
  /** Same key for a retried click: the action happens once. */
  idempotencyKey?: string | undefined;
}

export function runDossierAction({ id, action, body, idempotencyKey }: DossierActionInput): Promise<DossierDetail> {
  return apiClient.post<DossierDetail>(`/dossiers/${encodeURIComponent(id)}/actions/${action}`, body, idempotencyKey ? { headers: { 'Idempotency-Key': idempotencyKey } } : {});
}

/** 409: someone acted first, or the action is no longer allowed; the page must show the fresh dossier. */
export function isStaleOrNotAllowed(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}

export function useDossierAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runDossierAction,
    onSuccess: (detail) => {
      queryClient.setQueryData(dossierKey(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: dossiersQueryKey, predicate: (query) => query.queryKey[1] !== 'detail' });
    },
    onError: (error, input) => {
      if (isStaleOrNotAllowed(error)) void queryClient.invalidateQueries({ queryKey: dossierKey(input.id) });
    },
  });
}
