import type { ApplicantProfile, ProcedureDetail } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { portalDossiersKey } from './query-keys';

/** The procedure as published: variants, their document requirements and e-forms. */
export function getProcedure(code: string, signal?: AbortSignal): Promise<ProcedureDetail> {
  return apiClient.get<ProcedureDetail>(`/procedures/${encodeURIComponent(code)}`, { signal });
}

export function useApplyProcedure(code: string) {
  return useQuery({ queryKey: [...portalDossiersKey, 'procedure', code], queryFn: ({ signal }) => getProcedure(code, signal), staleTime: 5 * 60_000 });
}

/** The applicant's profile, which prefills the applicant block. */
export function getProfile(signal?: AbortSignal): Promise<ApplicantProfile> {
  return apiClient.get<ApplicantProfile>('/portal/profile', { signal });
}

export function useApplicantProfile() {
  return useQuery({ queryKey: [...portalDossiersKey, 'profile'], queryFn: ({ signal }) => getProfile(signal), staleTime: 60_000 });
}
