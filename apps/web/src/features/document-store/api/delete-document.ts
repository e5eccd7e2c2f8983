import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { documentStoreKeys } from './query-keys';

export function deleteDocument(id: string): Promise<void> {
  return apiClient.delete<void>(`/portal/documents/${encodeURIComponent(id)}`);
}

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDocument,
    onSettled: () => queryClient.invalidateQueries({ queryKey: documentStoreKeys.all }),
  });
}
