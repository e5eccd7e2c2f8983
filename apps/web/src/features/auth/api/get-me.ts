import type { Me } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, isApiError, setCsrfToken } from '@/lib/api-client';

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no session (401 is an answer here, not an error). */
export async function getMe(): Promise<Me | null> {
  try {
    const me = await apiClient.get<Me>('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: getMe,
  staleTime: 5 * 60_000,
  retry: false,
});

export function useMe() {
  return useQuery(meQueryOptions);
}
