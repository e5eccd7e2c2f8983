import type { Permission, RoleCode } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { useCan } from '@/features/auth';
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

/** GET /api/roles needs officer.read; without it, callers fall back to the shared role names. */
export function useRoles() {
  const can = useCan();
  return useQuery({
    enabled: can('officer.read'),
    queryKey: rolesQueryKey,
    queryFn: ({ signal }) => getRoles(signal),
    select: (data) => data.items,
    staleTime: 10 * 60_000,
  });
}
