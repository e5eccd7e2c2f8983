import type { PublicDossierStatus } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { publicLookupQueryKey } from './query-keys';

/** What anyone may learn of a dossier from its code: the code and its status, nothing personal. 404 when unknown. */
export function getPublicDossier(code: string, signal?: AbortSignal): Promise<PublicDossierStatus> {
  return apiClient.get<PublicDossierStatus>(`/public/dossiers/${encodeURIComponent(code)}`, { signal });
}

export function usePublicDossier(code: string) {
  return useQuery({
    queryKey: [...publicLookupQueryKey, 'dossier', code],
    queryFn: ({ signal }) => getPublicDossier(code, signal),
    enabled: code.length > 0,
  });
}
