import type { ReconciliationQuery, ReconciliationReport } from '@motcua/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, buildApiUrl } from '@/lib/api-client';
import { paymentsQueryKey } from './query-keys';

/** Online payments between two dates (inclusive), per day and one by one, for the officer's units. */
export function getReconciliation(query: ReconciliationQuery, signal?: AbortSignal): Promise<ReconciliationReport> {
  return apiClient.get<ReconciliationReport>('/payments/reconciliation', { query: { ...query }, signal });
}

export function useReconciliation(query: ReconciliationQuery) {
  return useQuery({
    queryKey: [...paymentsQueryKey, 'reconciliation', query],
    queryFn: ({ signal }) => getReconciliation(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The same report as an Excel workbook, downloaded through a plain link: the session cookie authenticates it. */
export const reconciliationExportUrl = (query: ReconciliationQuery) => buildApiUrl('/payments/reconciliation/export', { ...query });
