import type { ContactVerification, RequestContactCodeBody, VerifyContactBody } from '@motcua/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { profileQueryKey } from './profile';

export const contactVerificationQueryKey = ['portal-account', 'verification'] as const;

export function getContactVerification(signal?: AbortSignal): Promise<ContactVerification> {
  return apiClient.get<ContactVerification>('/portal/account/verification', { signal });
}

/** Where the account stands in proving its e-mail and phone; asked again every few seconds while a code is on its way. */
export function useContactVerification() {
  return useQuery({
    queryKey: contactVerificationQueryKey,
    queryFn: ({ signal }) => getContactVerification(signal),
    refetchInterval: (query) => (query.state.data?.code && query.state.data.code.sentAt === null ? 2_000 : false),
  });
}

function useVerificationMutation<T>(mutationFn: (body: T) => Promise<ContactVerification>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (state) => {
      queryClient.setQueryData(contactVerificationQueryKey, state);
      // The profile shows which contact is verified.
      void queryClient.invalidateQueries({ queryKey: profileQueryKey });
    },
    // A wrong code counts (attempts left, or the code is void): the box shows where things stand now.
    onError: () => void queryClient.invalidateQueries({ queryKey: contactVerificationQueryKey }),
  });
}

export const useVerifyContact = () => useVerificationMutation((body: VerifyContactBody) => apiClient.post<ContactVerification>('/portal/account/verify', body));

export const useResendContactCode = () =>
  useVerificationMutation((body: RequestContactCodeBody) => apiClient.post<ContactVerification>('/portal/account/verify/resend', body));
