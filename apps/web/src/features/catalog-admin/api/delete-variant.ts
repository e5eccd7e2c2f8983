import type { AdminProcedureDetail } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { storeNewVersion } from './update-procedure';

export function deleteVariant({ id, key, baseVersion }: { id: string; key: string; baseVersion: number }): Promise<AdminProcedureDetail> {
  return apiClient.delete<AdminProcedureDetail>(`/catalog/procedures/${encodeURIComponent(id)}/variants/${encodeURIComponent(key)}`, { query: { baseVersion } });
}

export function useDeleteVariant() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteVariant, onSuccess: (detail) => storeNewVersion(queryClient, detail) });
}
