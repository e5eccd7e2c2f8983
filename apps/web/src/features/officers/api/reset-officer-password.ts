import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { officersQueryKey } from './get-officers';

export function resetOfficerPassword({ id, password }: { id: string; password: string }): Promise<void> {
  return apiClient.post<void>(`/officers/${encodeURIComponent(id)}/reset-password`, { password });
}

export function useResetOfficerPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetOfficerPassword,
    // A reset may also clear a lock-out, which the list shows.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officersQueryKey }),
  });
}
