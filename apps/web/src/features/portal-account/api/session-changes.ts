import type { ApplicantMe } from '@motcua/shared';
import type { QueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '@/lib/api-client';
import { applicantQueryKey } from './get-applicant';

/** A new identity (or none) must not see anything cached for the previous one. */
export function rememberApplicant(queryClient: QueryClient, me: ApplicantMe | null): void {
  setCsrfToken(me?.csrfToken ?? null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== applicantQueryKey[0] || query.queryKey[1] !== applicantQueryKey[1] });
  queryClient.setQueryData(applicantQueryKey, me);
}
