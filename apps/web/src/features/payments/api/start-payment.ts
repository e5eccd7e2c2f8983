import type { StartPaymentResult } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** Opens an order at the payment gateway for everything the dossier still owes; the answer says where to send the browser. */
export function startPayment(dossierId: string): Promise<StartPaymentResult> {
  return apiClient.post<StartPaymentResult>(`/portal/dossiers/${encodeURIComponent(dossierId)}/payments`);
}

export function useStartPayment() {
  return useMutation({ mutationFn: startPayment });
}
