import type { DossierPapers, IssuedDocumentSummary } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient, buildApiUrl } from '@/lib/api-client';
import { papersKey } from './query-keys';

/** The forms kept with the dossier (Circular 03/2025 Annex I) and its electronic results. */
export function getPapers(id: string, signal?: AbortSignal): Promise<DossierPapers> {
  return apiClient.get<DossierPapers>(`/dossiers/${encodeURIComponent(id)}/papers`, { signal });
}

export function useDossierPapers(id: string, enabled = true) {
  return useQuery({ queryKey: papersKey(id), queryFn: ({ signal }) => getPapers(id, signal), enabled });
}

// PDFs open as plain links: the session cookie goes with them and the server answers only to those who may see the dossier.

/** The kept form: the same bytes at every reprint. */
export const issuedDocumentPdfUrl = (documentId: string) => buildApiUrl(`/issued-documents/${encodeURIComponent(documentId)}/pdf`);

/** The receipt (Form 01) of a received dossier, issued on demand if the background job has not kept it yet. */
export const receiptPdfUrl = (dossierId: string) => buildApiUrl(`/dossiers/${encodeURIComponent(dossierId)}/receipt/pdf`);

/** Form 06 as of now. */
export const processSheetPdfUrl = (dossierId: string) => buildApiUrl(`/dossiers/${encodeURIComponent(dossierId)}/process-sheet/pdf`);

/** The signed electronic result. */
export const eResultPdfUrl = (resultId: string) => buildApiUrl(`/e-results/${encodeURIComponent(resultId)}/pdf`);

/** The latest receipt (Form 01) kept with the dossier, if one was issued. */
export function receiptForm(papers: DossierPapers | undefined): IssuedDocumentSummary | undefined {
  return papers?.forms.filter((form) => form.kind === 'receipt').sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))[0];
}
