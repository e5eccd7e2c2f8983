import type { AgencyRole, AssignedUnit } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { catalogRootKey } from './query-keys';

export interface AssignedUnitInput {
  unitId: string;
  role: AgencyRole;
}

export function setAssignedUnits({ id, units }: { id: string; units: AssignedUnitInput[] }): Promise<{ items: AssignedUnit[] }> {
  return apiClient.put<{ items: AssignedUnit[] }>(`/catalog/procedures/${encodeURIComponent(id)}/units`, { units });
}

export function useSetAssignedUnits() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setAssignedUnits, onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogRootKey }) });
}
