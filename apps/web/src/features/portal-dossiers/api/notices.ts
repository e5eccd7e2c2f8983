import type { PortalNoticeList } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { noticesKey } from './query-keys';

/** The notices the system sent the applicant about the dossier (newest step first), and those it could not send. */
export function getNotices(id: string, signal?: AbortSignal): Promise<PortalNoticeList> {
  return apiClient.get<PortalNoticeList>(`/portal/dossiers/${encodeURIComponent(id)}/notifications`, { signal });
}

export function useDossierNotices(id: string) {
  return useQuery({ queryKey: noticesKey(id), queryFn: ({ signal }) => getNotices(id, signal) });
}
