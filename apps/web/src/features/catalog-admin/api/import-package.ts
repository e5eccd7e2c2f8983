import type { ImportReport, NationalPackageRecord } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { catalogRootKey } from './query-keys';

/** Each record becomes a new draft version (idempotent by code); publish through a decision. */
export function importPackage(records: NationalPackageRecord[]): Promise<ImportReport> {
  return apiClient.post<ImportReport>('/catalog/import/national-package', { records });
}

export function useImportPackage() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importPackage, onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogRootKey }) });
}
