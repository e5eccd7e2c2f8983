import type { AdminProcedureDetail, SaveVariantBody } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { storeNewVersion } from './update-procedure';

/** A new variant (no key) or a change to an existing one; either way a new version of the procedure. */
export function saveVariant({ id, key, body }: { id: string; key?: string | undefined; body: SaveVariantBody }): Promise<AdminProcedureDetail> {
  const base = `/catalog/procedures/${encodeURIComponent(id)}/variants`;
  return key ? apiClient.put<AdminProcedureDetail>(`${base}/${encodeURIComponent(key)}`, body) : apiClient.post<AdminProcedureDetail>(base, body);
}

export function useSaveVariant() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveVariant, onSuccess: (detail) => storeNewVersion(queryClient, detail) });
}
