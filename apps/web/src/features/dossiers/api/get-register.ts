import type { DossierPage } from '@motcua/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { RegisterQuery } from '../lib/types';
import { dossiersQueryKey } from './query-keys';

/** The desk register: dossiers received between two dates (inclusive), in receipt order. */
export function getRegister(query: RegisterQuery, signal?: AbortSignal): Promise<DossierPage> {
  return apiClient.get<DossierPage>('/dossiers/register', { query: { ...query }, signal });
}

export function useDossierRegister(query: RegisterQuery) {
  return useQuery({
    queryKey: [...dossiersQueryKey, 'register', query],
    queryFn: ({ signal }) => getRegister(query, signal),
    placeholderData: keepPreviousData,
  });
}
