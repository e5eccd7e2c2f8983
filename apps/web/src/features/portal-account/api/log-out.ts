import { useMutation } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { apiClient, isApiError } from '@/lib/api-client';

/** A session that has already expired is as good as ended. */
export async function logOut(): Promise<void> {
  try {
    await apiClient.post<void>('/portal/auth/logout');
  } catch (error) {
    if (!(isApiError(error) && error.status === 401)) throw error;
  }
}

/**
 * Signs out and reloads the portal home page: nothing of the applicant stays in memory, and no page behind the sign-in
 * gate gets to see "nobody" and offer the sign-in page (React Router's flushSync is not available to order that).
 */
export function useLogOut() {
  return useMutation({ mutationFn: logOut, onSuccess: () => window.location.assign(paths.portal.home) });
}
