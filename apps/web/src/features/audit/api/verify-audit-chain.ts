import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export interface AuditChainVerification {
  ok: boolean;
  checked: number;
  firstBrokenSeq: number | null;
}

/** A GET, but run on demand: it walks the whole chain, so it is not cached like a list. */
export function verifyAuditChain(): Promise<AuditChainVerification> {
  return apiClient.get<AuditChainVerification>('/audit-entries/verify');
}

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}
