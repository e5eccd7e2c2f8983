import type { ImportReport } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMe } from '@/features/auth';
import { uploadFile } from '@/lib/upload-file';
import { catalogRootKey } from './query-keys';

/**
 * Uploads a workbook in the layout of the Excel export to POST /api/catalog/import/procedures.xlsx
 * (multipart). Each changed row becomes a new draft version; same report as the package import.
 */
export function importExcel(file: File, csrfToken: string | null): Promise<ImportReport> {
  return uploadFile<ImportReport>('/catalog/import/procedures.xlsx', file, { csrfToken });
}

export function useImportExcel() {
  const me = useMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importExcel(file, me.data?.csrfToken ?? null),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogRootKey }),
  });
}
