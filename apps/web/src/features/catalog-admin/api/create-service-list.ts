import type { ServiceList, ServiceListKind } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { catalogAdminQueryKey, serviceListKey } from './query-keys';

export interface ServiceListItemInput {
  procedureId: string;
  agencyUnitId: string | null;
  note: string | null;
}

export interface CreateServiceListInput {
  unitId: string;
  kind: ServiceListKind;
  items: ServiceListItemInput[];
}

/** A draft list; it is published by listing it in a decision. */
export function createServiceList(body: CreateServiceListInput): Promise<ServiceList> {
  return apiClient.post<ServiceList>('/catalog/service-lists', body);
}

export function useCreateServiceList() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createServiceList,
    onSuccess: async (list) => {
      queryClient.setQueryData(serviceListKey(list.id), list);
      await queryClient.invalidateQueries({ queryKey: [...catalogAdminQueryKey, 'service-lists'] });
    },
  });
}
