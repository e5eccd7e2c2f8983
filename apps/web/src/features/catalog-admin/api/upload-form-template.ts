import type { StoredFileDto } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { useMe } from '@/features/auth';
import { ApiError, buildApiUrl } from '@/lib/api-client';

/**
 * Uploads a form template through POST /api/files (multipart, so not through `apiClient`, which speaks
 * JSON). The server accepts PDF and images only; the file is then referenced by `formTemplate.fileId`.
 */
export async function uploadFormTemplate(file: File, csrfToken: string | null): Promise<StoredFileDto> {
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
    throw new ApiError({
      status: response.status,
      code: typeof payload.code === 'string' ? payload.code : 'BAD_REQUEST',
      title: typeof payload.title === 'string' ? payload.title : response.statusText,
      detail: typeof payload.detail === 'string' ? payload.detail : Array.isArray(payload.errors) ? String((payload.errors[0] as { message?: string } | undefined)?.message ?? '') || undefined : undefined,
    });
  }
  return payload as unknown as StoredFileDto;
}

export function useUploadFormTemplate() {
  const me = useMe();
  return useMutation({ mutationFn: (file: File) => uploadFormTemplate(file, me.data?.csrfToken ?? null) });
}
