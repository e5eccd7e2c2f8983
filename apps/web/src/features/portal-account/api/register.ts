import type { ApplicantMe, ConfirmRegistrationBody, RegisterApplicantBody, RegistrationAccepted } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { rememberApplicant } from './session-changes';

/** Always the same answer, whether the contact was new or already had an account: the code step follows either way. */
export function register(body: RegisterApplicantBody): Promise<RegistrationAccepted> {
  return apiClient.post<RegistrationAccepted>('/portal/auth/register', body);
}

export const useRegister = () => useMutation({ mutationFn: register });

export function confirmRegistration(body: ConfirmRegistrationBody): Promise<ApplicantMe> {
  return apiClient.post<ApplicantMe>('/portal/auth/register/confirm', body);
}

export function useConfirmRegistration() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: confirmRegistration, onSuccess: (me) => rememberApplicant(queryClient, me) });
}
