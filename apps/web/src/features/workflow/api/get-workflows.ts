import type { WorkflowListQuery, WorkflowSummary, Page } from '@motcua/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { workflowRootKey } from './query-keys';

export type WorkflowListParams = Partial<WorkflowListQuery>;

export function getWorkflows(query: WorkflowListParams, signal?: AbortSignal): Promise<Page<WorkflowSummary>> {
  return apiClient.get<Page<WorkflowSummary>>('/workflows', { query: { ...query }, signal });
}

export function useWorkflows(query: WorkflowListParams) {
  return useQuery({ queryKey: [...workflowRootKey, 'list', query], queryFn: ({ signal }) => getWorkflows(query, signal), placeholderData: keepPreviousData });
}
