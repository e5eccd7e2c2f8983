import type { EResultVerification } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { publicLookupQueryKey } from './query-keys';

/** Checks an electronic result by its code and the token of its QR code; 404 when they do not match. The server records every check. */
export function verifyEResult(code: string, token: string, signal?: AbortSignal): Promise<EResultVerification> {
  return apiClient.get<EResultVerification>(`/public/e-results/${encodeURIComponent(code)}`, { query: { t: token }, signal });
}

export function useEResultVerification(code: string, token: string) {
  return useQuery({
    queryKey: [...publicLookupQueryKey, 'e-result', code, token],
    queryFn: ({ signal }) => verifyEResult(code, token, signal),
    enabled: code.length > 0 && token.length >= 8,
    // Every check is recorded: one per visit, not one per focus or remount.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
