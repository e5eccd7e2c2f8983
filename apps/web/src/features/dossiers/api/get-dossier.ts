import type { DossierDetail } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { dossierKey } from './query-keys';

/** The dossier page: everything, including what the signed-in officer may do now. */
export function getDossier(id: string, signal?: AbortSignal): Promise<DossierDetail> {
  return apiClient.get<DossierDetail>(`/dossiers/${encodeURIComponent(id)}`, { signal });
}

export function useDossier(id: string) {
  return useQuery({ queryKey: dossierKey(id), queryFn: ({ signal }) => getDossier(id, signal) });
}
