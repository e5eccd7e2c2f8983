import type { PaymentReturnResult } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { paymentsQueryKey } from './query-keys';

/** How long the page keeps asking while the gateway's notification has not arrived yet. */
const PENDING_POLL_MS = 2_000;
const PENDING_POLL_LIMIT = 15;

/**
 * The outcome behind the gateway's return URL. The API checks the signature of these parameters and answers with
 * the payment as stored: the page never decides from the query string itself.
 */
export function getPaymentReturn(params: Record<string, string>, signal?: AbortSignal): Promise<PaymentReturnResult> {
  return apiClient.get<PaymentReturnResult>('/payments/return', { query: params, signal });
}

export function usePaymentReturn(params: Record<string, string>) {
  return useQuery({
    queryKey: [...paymentsQueryKey, 'return', params],
    queryFn: ({ signal }) => getPaymentReturn(params, signal),
    enabled: Object.keys(params).length > 0,
    refetchInterval: (query) =>
      query.state.data?.payment?.status === 'pending' && query.state.dataUpdateCount < PENDING_POLL_LIMIT ? PENDING_POLL_MS : false,
  });
}
