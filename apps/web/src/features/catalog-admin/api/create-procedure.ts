import type { AdminProcedureDetail, CreateProcedureBody } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { storeNewVersion } from './update-procedure';

/** A new draft procedure, version 1; it becomes public only through a publication decision. */
export function createProcedure(body: CreateProcedureBody): Promise<AdminProcedureDetail> {
  return apiClient.post<AdminProcedureDetail>('/catalog/procedures', body);
}

export function useCreateProcedure() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createProcedure, onSuccess: (detail) => storeNewVersion(queryClient, detail) });
}
