import type { WorkflowProcedureContext } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { workflowRootKey } from './query-keys';

/** The variants (with their limits), resolving agencies and existing workflows of one procedure. */
export function getProcedureContext(procedureId: string, signal?: AbortSignal): Promise<WorkflowProcedureContext> {
  return apiClient.get<WorkflowProcedureContext>(`/workflows/procedures/${encodeURIComponent(procedureId)}`, { signal });
}

export function useProcedureContext(procedureId: string | undefined) {
  return useQuery({
    queryKey: [...workflowRootKey, 'procedure', procedureId],
    queryFn: ({ signal }) => getProcedureContext(procedureId!, signal),
    enabled: Boolean(procedureId),
  });
}
