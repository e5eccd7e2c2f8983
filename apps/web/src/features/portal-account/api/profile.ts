import type { ApplicantProfile, UpdateApplicantProfileBody } from '@motcua/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { contactVerificationQueryKey } from './contact-verification';
import { applicantQueryKey } from './get-applicant';

export const profileQueryKey = ['portal-account', 'profile'] as const;

export function getProfile(signal?: AbortSignal): Promise<ApplicantProfile> {
  return apiClient.get<ApplicantProfile>('/portal/profile', { signal });
}

export function useProfile() {
  return useQuery({ queryKey: profileQueryKey, queryFn: ({ signal }) => getProfile(signal) });
}

export function updateProfile(body: UpdateApplicantProfileBody): Promise<ApplicantProfile> {
  return apiClient.put<ApplicantProfile>('/portal/profile', body);
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (profile) => {
      queryClient.setQueryData(profileQueryKey, profile);
      // The header shows the name and the sign-in address; a changed e-mail or phone is to be verified again.
      void queryClient.invalidateQueries({ queryKey: applicantQueryKey });
      void queryClient.invalidateQueries({ queryKey: contactVerificationQueryKey });
    },
  });
}
