import type { ApplicantLoginBody, ApplicantMe } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { rememberApplicant } from './session-changes';

export function logIn(body: ApplicantLoginBody): Promise<ApplicantMe> {
  return apiClient.post<ApplicantMe>('/portal/auth/login', body);
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: logIn, onSuccess: (me) => rememberApplicant(queryClient, me) });
}
