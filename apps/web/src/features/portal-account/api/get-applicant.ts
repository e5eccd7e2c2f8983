import type { ApplicantMe } from '@motcua/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, isApiError, setCsrfToken } from '@/lib/api-client';

export const applicantQueryKey = ['portal-account', 'me'] as const;

/** The signed-in applicant, or null when nobody is (401 is an answer here, not an error). */
export async function getApplicant(): Promise<ApplicantMe | null> {
  try {
    const me = await apiClient.get<ApplicantMe>('/portal/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const applicantQueryOptions = queryOptions({
  queryKey: applicantQueryKey,
  queryFn: getApplicant,
  staleTime: 5 * 60_000,
  retry: false,
});

/** The portal's session: `data` is the applicant, null when signed out, undefined while loading. */
export function useApplicant() {
  return useQuery(applicantQueryOptions);
}
