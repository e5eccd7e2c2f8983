import type { ProcedurePage } from '@motcua/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** The catalog's public search (procedures in force), ranked best first; the desk types a code or a name. */
export function searchProcedures(q: string, signal?: AbortSignal): Promise<ProcedurePage> {
  return apiClient.get<ProcedurePage>('/procedures', { query: { q, pageSize: 10 }, signal });
}

export function useDeskProcedureSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['catalog', 'public', 'desk-search', text],
    queryFn: ({ signal }) => searchProcedures(text, signal),
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
