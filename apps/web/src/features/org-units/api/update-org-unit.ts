import type { OrgUnit, UpdateOrgUnitBody } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { orgUnitsQueryKey } from './get-org-units';

export function updateOrgUnit({ id, body }: { id: string; body: UpdateOrgUnitBody }): Promise<OrgUnit> {
  return apiClient.patch<OrgUnit>(`/org-units/${encodeURIComponent(id)}`, body);
}

export function useUpdateOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrgUnit,
    // Officers' role lists show unit names, so they go stale too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orgUnitsQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['officers'] }),
      ]),
  });
}
