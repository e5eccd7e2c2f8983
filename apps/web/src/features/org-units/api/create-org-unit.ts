import type { CreateOrgUnitBody, OrgUnit } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { orgUnitsQueryKey } from './get-org-units';

export function createOrgUnit(body: CreateOrgUnitBody): Promise<OrgUnit> {
  return apiClient.post<OrgUnit>('/org-units', body);
}

export function useCreateOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrgUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgUnitsQueryKey }),
  });
}
