import type { Officer, RoleAssignment } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { officersQueryKey } from './get-officers';

export function setOfficerRoles({ id, roles }: { id: string; roles: RoleAssignment[] }): Promise<Officer> {
  return apiClient.put<Officer>(`/officers/${encodeURIComponent(id)}/roles`, { roles });
}

export function useSetOfficerRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setOfficerRoles,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officersQueryKey }),
  });
}
