import type { PersonalDocumentList } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { documentStoreKeys } from './query-keys';

export function getMyDocuments(signal?: AbortSignal): Promise<PersonalDocumentList> {
  return apiClient.get<PersonalDocumentList>('/portal/documents', { signal });
}

export function useMyDocuments(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: documentStoreKeys.list(), queryFn: ({ signal }) => getMyDocuments(signal), enabled: options.enabled ?? true });
}
