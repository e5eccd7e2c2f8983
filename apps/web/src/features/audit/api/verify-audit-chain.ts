import type { AuditChainVerificationDto } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** A GET, but run on demand: it walks the whole chain, so it is not cached like a list. */
export function verifyAuditChain(): Promise<AuditChainVerificationDto> {
  return apiClient.get<AuditChainVerificationDto>('/audit-entries/verify');
}

export function useVerifyAuditChain() {
  return useMutation({ mutationFn: verifyAuditChain });
}
