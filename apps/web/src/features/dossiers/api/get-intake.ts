import type { IntakeOptions } from '@motcua/shared';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { dossiersQueryKey } from './query-keys';

/** Variants with their checklists, the agencies that may resolve, and the due date if received now. */
export function getIntake(procedureId: string, receivingUnitId: string | undefined, signal?: AbortSignal): Promise<IntakeOptions> {
  return apiClient.get<IntakeOptions>('/dossiers/intake', { query: { procedureId, receivingUnitId }, signal });
}

export function useIntake(procedureId: string | undefined, receivingUnitId?: string) {
  return useQuery({
    queryKey: [...dossiersQueryKey, 'intake', procedureId, receivingUnitId],
    queryFn: ({ signal }) => getIntake(procedureId ?? '', receivingUnitId, signal),
    enabled: Boolean(procedureId),
    // The due-date preview moves with the clock; keep it fresh while the officer types.
    refetchInterval: 60_000,
  });
}
