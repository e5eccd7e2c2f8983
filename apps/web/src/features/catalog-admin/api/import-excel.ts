import type { FieldError, ImportReport } from '@motcua/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMe } from '@/features/auth';
import { ApiError, buildApiUrl } from '@/lib/api-client';
import { catalogRootKey } from './query-keys';

/**
 * Uploads a workbook in the layout of the Excel export to POST /api/catalog/import/procedures.xlsx
 * (multipart, so not through `apiClient`). Each changed row becomes a new draft version; same report as
 * the package import.
 */
export async function importExcel(file: File, csrfToken: string | null): Promise<ImportReport> {
  const body = new FormData();
  body.append('file', file, file.name);
  const headers = new Headers({ accept: 'application/json, application/problem+json' });
  if (csrfToken) headers.set('x-csrf-token', csrfToken);
  let response: Response;
  try {
    response = await fetch(buildApiUrl('/catalog/import/procedures.xlsx'), { method: 'POST', body, headers, credentials: 'include' });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', title: 'Network error' });
  }
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const errors = Array.isArray(payload.errors) ? (payload.errors as FieldError[]) : [];
    throw new ApiError({
      status: response.status,
      code: typeof payload.code === 'string' ? payload.code : 'BAD_REQUEST',
      title: typeof payload.title === 'string' ? payload.title : response.statusText,
      detail: typeof payload.detail === 'string' ? payload.detail : errors[0]?.message,
      errors,
    });
  }
  return payload as unknown as ImportReport;
}

export function useImportExcel() {
  const me = useMe();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importExcel(file, me.data?.csrfToken ?? null),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogRootKey }),
  });
}
