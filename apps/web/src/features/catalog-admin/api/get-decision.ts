import type { PublicationDecision } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { decisionKey } from './query-keys';

export function getDecision(id: string, signal?: AbortSignal): Promise<PublicationDecision> {
  return apiClient.get<PublicationDecision>(`/catalog/decisions/${encodeURIComponent(id)}`, { signal });
}

export function useDecision(id: string | undefined) {
  return useQuery({ queryKey: decisionKey(id ?? ''), queryFn: ({ signal }) => getDecision(id ?? '', signal), enabled: Boolean(id) });
}
