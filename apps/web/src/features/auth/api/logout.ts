import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { ignoreUnauthenticated, useEndSessionHandler } from './end-session';

export function logout(): Promise<void> {
  return ignoreUnauthenticated(apiClient.post<void>('/auth/logout'));
}

export function useLogout() {
  const endSession = useEndSessionHandler();
  return useMutation({ mutationFn: logout, onSuccess: endSession });
}
