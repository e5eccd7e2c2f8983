import type { DossierRatingPage } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { portalRatingKey } from './query-keys';

/** The rating form of the applicant's own dossier: the questions, the rating already sent, whether one may be sent now. */
export function getDossierRating(dossierId: string, signal?: AbortSignal): Promise<DossierRatingPage> {
  return apiClient.get<DossierRatingPage>(`/portal/dossiers/${encodeURIComponent(dossierId)}/rating`, { signal });
}

export function useDossierRating(dossierId: string) {
  return useQuery({ queryKey: portalRatingKey(dossierId), queryFn: ({ signal }) => getDossierRating(dossierId, signal) });
}
