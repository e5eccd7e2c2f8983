import type { ApplicantMe, RegisterApplicantBody } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { rememberApplicant } from './session-changes';

export function register(body: RegisterApplicantBody): Promise<ApplicantMe> {
  return apiClient.post<ApplicantMe>('/portal/auth/register', body);
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: register, onSuccess: (me) => rememberApplicant(queryClient, me) });
}
