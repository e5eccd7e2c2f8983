import type { DossierPapers } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { papersKey } from './query-keys';

/** The receipt and other one-stop forms issued for the dossier, and its electronic results (PDF links). */
export function getPapers(id: string, signal?: AbortSignal): Promise<DossierPapers> {
  return apiClient.get<DossierPapers>(`/portal/dossiers/${encodeURIComponent(id)}/papers`, { signal });
}

export function useDossierPapers(id: string) {
  return useQuery({ queryKey: papersKey(id), queryFn: ({ signal }) => getPapers(id, signal) });
}
