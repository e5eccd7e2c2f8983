import type { PortalDossierSummary, PortalDraft, PortalDraftBody } from '@motcua/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { draftKey, draftsKey, myDossiersKey } from './query-keys';

/** A saved draft's document, with the uploaded file's name. */
export type DraftDocument = PortalDraft['documents'][number];

export function listDrafts(signal?: AbortSignal): Promise<{ items: PortalDraft[] }> {
  return apiClient.get<{ items: PortalDraft[] }>('/portal/drafts', { signal });
}

export function useDrafts() {
  return useQuery({ queryKey: draftsKey, queryFn: ({ signal }) => listDrafts(signal) });
}

export function getDraft(id: string, signal?: AbortSignal): Promise<PortalDraft> {
  return apiClient.get<PortalDraft>(`/portal/drafts/${encodeURIComponent(id)}`, { signal });
}

/** The draft to resume, when the apply page was opened with `?draft=<id>`. */
export function useDraft(id: string | null) {
  return useQuery({ queryKey: draftKey(id ?? ''), queryFn: ({ signal }) => getDraft(id!, signal), enabled: id !== null, staleTime: Infinity, gcTime: 0 });
}

/** Creates the draft the first time, replaces it afterwards. */
export function saveDraft({ id, body }: { id: string | null; body: PortalDraftBody }): Promise<PortalDraft> {
  return id ? apiClient.put<PortalDraft>(`/portal/drafts/${encodeURIComponent(id)}`, body) : apiClient.post<PortalDraft>('/portal/drafts', body);
}

export function useSaveDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveDraft,
    onSuccess: (draft) => {
      queryClient.setQueryData(draftKey(draft.id), draft);
      void queryClient.invalidateQueries({ queryKey: draftsKey, exact: true });
    },
  });
}

export function deleteDraft(id: string): Promise<void> {
  return apiClient.delete<void>(`/portal/drafts/${encodeURIComponent(id)}`);
}

export function useDeleteDraft() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteDraft, onSuccess: () => queryClient.invalidateQueries({ queryKey: draftsKey, exact: true }) });
}

/** Submits a saved draft: the server checks everything at once and registers the dossier (the draft is gone). */
export function submitDraft(id: string): Promise<PortalDossierSummary> {
  return apiClient.post<PortalDossierSummary>(`/portal/drafts/${encodeURIComponent(id)}/submit`);
}

export function useSubmitDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitDraft,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: draftsKey, exact: true });
      void queryClient.invalidateQueries({ queryKey: myDossiersKey });
    },
  });
}
