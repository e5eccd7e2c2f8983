import type { ServiceList } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ServiceListItemInput } from './create-service-list';
import { catalogAdminQueryKey, serviceListKey } from './query-keys';

/** Drafts only. */
export function replaceServiceListItems({ id, items }: { id: string; items: ServiceListItemInput[] }): Promise<ServiceList> {
  return apiClient.put<ServiceList>(`/catalog/service-lists/${encodeURIComponent(id)}/items`, { items });
}

export function useReplaceServiceListItems() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replaceServiceListItems,
    onSuccess: async (list) => {
      queryClient.setQueryData(serviceListKey(list.id), list);
      await queryClient.invalidateQueries({ queryKey: [...catalogAdminQueryKey, 'service-lists'] });
    },
  });
}
