import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { ignoreUnauthenticated, useEndSessionHandler } from './end-session';

/** Ends every session of the user, on every device. */
export function logoutAll(): Promise<void> {
  return ignoreUnauthenticated(apiClient.post<void>('/auth/logout-all'));
}

export function useLogoutAll() {
  const endSession = useEndSessionHandler();
  return useMutation({ mutationFn: logoutAll, onSuccess: endSession });
}
