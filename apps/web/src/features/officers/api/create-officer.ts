import type { CreateOfficerBody, Officer } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { officersQueryKey } from './get-officers';

export function createOfficer(body: CreateOfficerBody): Promise<Officer> {
  return apiClient.post<Officer>('/officers', body);
}

export function useCreateOfficer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOfficer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: officersQueryKey }),
  });
}
