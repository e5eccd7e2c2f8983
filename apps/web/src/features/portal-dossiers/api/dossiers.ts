import type { PortalDossierDetail, PortalDossierSummary, PortalSupplementBody } from '@motcua/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { myDossierKey, myDossiersKey, papersKey } from './query-keys';

export interface PortalDossierPage {
  items: PortalDossierSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export function listMyDossiers(page: number, pageSize: number, signal?: AbortSignal): Promise<PortalDossierPage> {
  return apiClient.get<PortalDossierPage>('/portal/dossiers', { query: { page, pageSize }, signal });
}

export function useMyDossiers(page: number, pageSize: number) {
  return useQuery({ queryKey: [...myDossiersKey, 'page', page, pageSize], queryFn: ({ signal }) => listMyDossiers(page, pageSize, signal), placeholderData: keepPreviousData });
}

/** The dossier as its applicant sees it (steps, clock, documents, results, supplement request, fees). */
export type PortalDossier = PortalDossierDetail;

export function getMyDossier(id: string, signal?: AbortSignal): Promise<PortalDossier> {
  return apiClient.get<PortalDossier>(`/portal/dossiers/${encodeURIComponent(id)}`, { signal });
}

export function useMyDossier(id: string) {
  return useQuery({ queryKey: myDossierKey(id), queryFn: ({ signal }) => getMyDossier(id, signal) });
}

export function submitSupplement({ id, body }: { id: string; body: PortalSupplementBody }): Promise<PortalDossier> {
  return apiClient.post<PortalDossier>(`/portal/dossiers/${encodeURIComponent(id)}/supplement`, body);
}

export function useSubmitSupplement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitSupplement,
    onSuccess: (dossier) => {
      queryClient.setQueryData(myDossierKey(dossier.id), dossier);
      void queryClient.invalidateQueries({ queryKey: papersKey(dossier.id) });
      void queryClient.invalidateQueries({ queryKey: [...myDossiersKey, 'page'] });
    },
  });
}
