import type { NotificationDeliveryList } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { notificationsKey } from './query-keys';

/** The notifications sent (or only logged, failed, skipped) to the applicant about the dossier; never the address. */
export function getNotifications(id: string, signal?: AbortSignal): Promise<NotificationDeliveryList> {
  return apiClient.get<NotificationDeliveryList>(`/dossiers/${encodeURIComponent(id)}/notifications`, { signal });
}

export function useDossierNotifications(id: string) {
  return useQuery({ queryKey: notificationsKey(id), queryFn: ({ signal }) => getNotifications(id, signal) });
}
