import type { OrgUnit } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const orgUnitsQueryKey = ['org-units'] as const;

/** The flat list of units the officer may see; the tree is built on the client. */
export function getOrgUnits(signal?: AbortSignal): Promise<{ items: OrgUnit[] }> {
  return apiClient.get<{ items: OrgUnit[] }>('/org-units', { signal });
}

export const orgUnitsQueryOptions = queryOptions({
  queryKey: orgUnitsQueryKey,
  queryFn: ({ signal }) => getOrgUnits(signal),
  select: (data) => data.items,
  staleTime: 60_000,
});

export function useOrgUnits() {
  return useQuery(orgUnitsQueryOptions);
}
