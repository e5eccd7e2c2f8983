import type { PortalAuthOptions } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export function getAuthOptions(): Promise<PortalAuthOptions> {
  return apiClient.get<PortalAuthOptions>('/portal/auth/options');
}

/** Whether to offer "sign in with VNeID": only when the server has an identity provider configured. */
export function useAuthOptions() {
  return useQuery({ queryKey: ['portal-account', 'options'], queryFn: getAuthOptions, staleTime: Infinity });
}
