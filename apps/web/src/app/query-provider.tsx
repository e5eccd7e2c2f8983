import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { meQueryKey } from '@/features/auth';
import { useI18n } from '@/i18n';
import { isApiError, setCsrfToken } from '@/lib/api-client';

function shouldRetry(failureCount: number, error: unknown): boolean {
  // Client errors will not heal by retrying; network and server errors might.
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

function createQueryClient(onSessionExpired: () => void): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => handleError(error) }),
    mutationCache: new MutationCache({ onError: (error) => handleError(error) }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  // A 401 on any call while we believed we were signed in means the session ended elsewhere
  // (expiry, "sign out of all devices"): drop it so the back office sends the user to login.
  function handleError(error: unknown) {
    if (!isApiError(error)) return;
    // A stale CSRF token (session rotated in another tab) heals by re-reading the session.
    if (error.code === 'CSRF_FAILED') void client.invalidateQueries({ queryKey: meQueryKey });
    if (error.status !== 401 || error.code !== 'UNAUTHENTICATED') return;
    if (!client.getQueryData(meQueryKey)) return;
    setCsrfToken(null);
    client.setQueryData(meQueryKey, null);
    onSessionExpired();
  }
  return client;
}

export function QueryProvider({ children }: { children: ReactNode }) {
  const { message } = App.useApp();
  const { t } = useI18n();
  const notify = useRef(() => {});
  useEffect(() => {
    notify.current = () => void message.warning(t('auth.sessionExpired'));
  }, [message, t]);
  const [queryClient] = useState(() => createQueryClient(() => notify.current()));
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
