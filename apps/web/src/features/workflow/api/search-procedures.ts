import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

interface ProcedureHit {
  id: string;
  code: string;
  name: string;
}

/** The back-office catalog search (control officers hold catalog.manage), for picking a procedure. */
export function searchProcedures(q: string, signal?: AbortSignal): Promise<{ items: ProcedureHit[] }> {
  return apiClient.get<{ items: ProcedureHit[] }>('/catalog/procedures', { query: { q: q || undefined, page: 1, pageSize: 20 }, signal });
}

export function useProcedureSearch(q: string, enabled: boolean) {
  return useQuery({ queryKey: ['workflows', 'procedure-search', q], queryFn: ({ signal }) => searchProcedures(q, signal), enabled, placeholderData: keepPreviousData });
}
