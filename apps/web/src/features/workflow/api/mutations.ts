import type { CreateWorkflowBody, SaveWorkflowDraftBody, WorkflowDetail } from '@motcua/shared';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { workflowKey, workflowRootKey } from './query-keys';

const base = (id: string) => `/workflows/${encodeURIComponent(id)}`;

/** Every change answers the whole workflow: keep it, and refresh the lists. */
async function store(queryClient: QueryClient, detail: WorkflowDetail): Promise<void> {
  queryClient.setQueryData(workflowKey(detail.id), detail);
  await queryClient.invalidateQueries({ queryKey: [...workflowRootKey, 'list'] });
}

function useWorkflowMutation<V>(fn: (vars: V) => Promise<WorkflowDetail>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: (detail) => store(queryClient, detail) });
}

export const useCreateWorkflow = () => useWorkflowMutation((body: CreateWorkflowBody) => apiClient.post<WorkflowDetail>('/workflows', body));

export const useSaveDraft = () =>
  useWorkflowMutation(({ id, body }: { id: string; body: SaveWorkflowDraftBody }) => apiClient.put<WorkflowDetail>(`${base(id)}/draft`, body));

export const useSubmitVersion = () =>
  useWorkflowMutation(({ id, number, changeNote }: { id: string; number: number; changeNote?: string | null }) =>
    apiClient.post<WorkflowDetail>(`${base(id)}/versions/${number}/submit`, changeNote ? { changeNote } : {}),
  );

export const useApproveVersion = () =>
  useWorkflowMutation(({ id, number, note }: { id: string; number: number; note?: string | null }) =>
    apiClient.post<WorkflowDetail>(`${base(id)}/versions/${number}/approve`, note ? { note } : {}),
  );

export const useRejectVersion = () =>
  useWorkflowMutation(({ id, number, reason }: { id: string; number: number; reason: string }) =>
    apiClient.post<WorkflowDetail>(`${base(id)}/versions/${number}/reject`, { reason }),
  );
