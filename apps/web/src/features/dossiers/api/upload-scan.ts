import type { StoredFileDto } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { useMe } from '@/features/auth';
import { ApiError, buildApiUrl } from '@/lib/api-client';

/** A scan of a received document, through POST /api/files (multipart); the dossier then refers to its id. */
export async function uploadScan(file: File, csrfToken: string | null): Promise<StoredFileDto> {
  const body = new FormData();
  body.append('file', file, file.name);
  const headers = new Headers({ accept: 'application/json, application/problem+json' });
  if (csrfToken) headers.set('x-csrf-token', csrfToken);
  let response: Response;
  try {
    response = await fetch(buildApiUrl('/files'), { method: 'POST', body, headers, credentials: 'include' });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK', title: 'Network error' });
  }
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const firstError = Array.isArray(payload.errors) ? (payload.errors[0] as { message?: string } | undefined)?.message : undefined;
    throw new ApiError({
      status: response.status,
      code: typeof payload.code === 'string' ? payload.code : 'BAD_REQUEST',
      title: typeof payload.title === 'string' ? payload.title : response.statusText,
      detail: typeof payload.detail === 'string' ? payload.detail : firstError,
    });
  }
  return payload as unknown as StoredFileDto;
}

export function useUploadScan() {
  const me = useMe();
  return useMutation({ mutationFn: (file: File) => uploadScan(file, me.data?.csrfToken ?? null) });
}
