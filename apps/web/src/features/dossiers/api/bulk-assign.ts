import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { BulkAssignResult } from '../lib/types';
import { dossiersQueryKey } from './query-keys';

export interface BulkAssignInput {
  assigneeId: string;
  dossiers: { id: string; expectedVersion: number }[];
}

/** Each dossier is assigned on its own: one stale or refused dossier does not stop the others. */
export function bulkAssign(body: BulkAssignInput): Promise<BulkAssignResult> {
  return apiClient.post<BulkAssignResult>('/dossiers/bulk-assign', body);
}

export function useBulkAssign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: bulkAssign, onSettled: () => queryClient.invalidateQueries({ queryKey: dossiersQueryKey }) });
}
