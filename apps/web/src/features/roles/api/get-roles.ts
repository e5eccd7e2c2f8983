import type { Permission, RoleCode } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export interface RoleView {
  code: RoleCode;
  name: string;
  nameEn: string;
  permissions: Permission[];
  requiresTotp: boolean;
}

export const rolesQueryKey = ['roles'] as const;

export function getRoles(signal?: AbortSignal): Promise<{ items: RoleView[] }> {
  return apiClient.get<{ items: RoleView[] }>('/roles', { signal });
}

export function useRoles() {
  return useQuery({
    queryKey: rolesQueryKey,
    queryFn: ({ signal }) => getRoles(signal),
    select: (data) => data.items,
    staleTime: 10 * 60_000,
  });
}
