import type { LoginBody, Me } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, setCsrfToken } from '@/lib/api-client';
import { clearSignedOutOnPurpose } from '../lib/session';
import { meQueryKey } from './get-me';

export function login(body: LoginBody): Promise<Me> {
  return apiClient.post<Me>('/auth/login', body);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      clearSignedOutOnPurpose();
      // A new identity must not see data cached for the previous one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
