import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isApiError, setCsrfToken } from '@/lib/api-client';
import { markSignedOutOnPurpose } from '../lib/session';
import { meQueryKey } from './get-me';

/** After any sign-out the client forgets the session and every cached record. */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, null);
}

/** A session that has already expired is as good as ended. */
export async function ignoreUnauthenticated(call: Promise<void>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (!(isApiError(error) && error.status === 401)) throw error;
  }
}

/** The back-office gate then sends the user to a plain login page, without a return address. */
export function useEndSessionHandler(): () => void {
  const queryClient = useQueryClient();
  return () => {
    markSignedOutOnPurpose();
    forgetSession(queryClient);
  };
}
