import type { Officer, UpdateOfficerBody } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { officersQueryKey } from './get-officers';

export function updateOfficer({ id, body }: { id: string; body: UpdateOfficerBody }): Promise<Officer> {
  return apiClient.patch<Officer>(`/officers/${encodeURIComponent(id)}`, body);
}

export function useUpdateOfficer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOfficer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officersQueryKey }),
  });
}
