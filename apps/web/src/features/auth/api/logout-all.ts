import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { forgetSession, ignoreUnauthenticated } from './end-session';

/** Ends every session of the user, on every device. */
export function logoutAll(): Promise<void> {
  return ignoreUnauthenticated(apiClient.post<void>('/auth/logout-all'));
}

export function useLogoutAll() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: logoutAll, onSuccess: () => forgetSession(queryClient) });
}
