import type { RatingView, SubmitRatingBody } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { portalRatingKey } from './query-keys';

export interface SubmitRatingInput extends SubmitRatingBody {
  dossierId: string;
}

/** Sends the applicant's rating; a dossier is rated once. */
export function submitRating({ dossierId, ...body }: SubmitRatingInput): Promise<RatingView> {
  return apiClient.post<RatingView>(`/portal/dossiers/${encodeURIComponent(dossierId)}/rating`, body);
}

export function useSubmitRating() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitRating,
    onSuccess: (_rating, input) => void queryClient.invalidateQueries({ queryKey: portalRatingKey(input.dossierId) }),
  });
}
