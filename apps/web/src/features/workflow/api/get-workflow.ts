import type { WorkflowDetail } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { workflowKey } from './query-keys';

export function getWorkflow(id: string, signal?: AbortSignal): Promise<WorkflowDetail> {
  return apiClient.get<WorkflowDetail>(`/workflows/${encodeURIComponent(id)}`, { signal });
}

export function useWorkflow(id: string) {
  return useQuery({ queryKey: workflowKey(id), queryFn: ({ signal }) => getWorkflow(id, signal) });
}
