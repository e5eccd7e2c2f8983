import type { AdminProcedureDetail, UpdateProcedureBody } from '@motcua/shared';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { catalogRootKey, procedureKey } from './query-keys';

export function updateProcedure({ id, body }: { id: string; body: UpdateProcedureBody }): Promise<AdminProcedureDetail> {
  return apiClient.patch<AdminProcedureDetail>(`/catalog/procedures/${encodeURIComponent(id)}`, body);
}

/** Every edit answers the new latest version: keep it, and refresh lists, versions and the portal. */
export async function storeNewVersion(queryClient: QueryClient, detail: AdminProcedureDetail): Promise<void> {
  queryClient.setQueryData(procedureKey(detail.id), detail);
  await queryClient.invalidateQueries({
    queryKey: catalogRootKey,
    // The detail itself was just stored; its versions, the lists and the portal's pages are refetched.
    predicate: (query) => !(query.queryKey.length === 4 && query.queryKey[2] === 'procedure' && query.queryKey[3] === detail.id),
  });
}

export function useUpdateProcedure() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateProcedure, onSuccess: (detail) => storeNewVersion(queryClient, detail) });
}
