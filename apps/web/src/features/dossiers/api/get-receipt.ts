import type { DossierReceipt } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { dossiersQueryKey } from './query-keys';

/** The data of Form 01 (receipt and appointment). */
export function getReceipt(id: string, signal?: AbortSignal): Promise<DossierReceipt> {
  return apiClient.get<DossierReceipt>(`/dossiers/${encodeURIComponent(id)}/receipt`, { signal });
}

export function useReceipt(id: string) {
  return useQuery({ queryKey: [...dossiersQueryKey, 'receipt', id], queryFn: ({ signal }) => getReceipt(id, signal) });
}
