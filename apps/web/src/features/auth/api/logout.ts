import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { forgetSession, ignoreUnauthenticated } from './end-session';

export function logout(): Promise<void> {
  return ignoreUnauthenticated(apiClient.post<void>('/auth/logout'));
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: logout, onSuccess: () => forgetSession(queryClient) });
}
