import type { PersonalDocumentUse } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** The file id to put in a draft's upload slot; the server refuses a revoked result (409). */
export function takeDocument(id: string): Promise<PersonalDocumentUse> {
  return apiClient.post<PersonalDocumentUse>(`/portal/documents/${encodeURIComponent(id)}/use`);
}

export function useTakeDocument() {
  return useMutation({ mutationFn: takeDocument });
}
