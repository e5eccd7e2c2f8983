import type { FieldError, StoredFileDto } from '@motcua/shared';
import { ApiError, buildApiUrl } from '@/lib/api-client';

/** What the slot accepts: the server sniffs the bytes and takes PDF and images only. */
export const acceptedFileTypes = '.pdf,.jpg,.jpeg,.png,.tif,.tiff,.webp,application/pdf,image/jpeg,image/png,image/tiff,image/webp';
/** The server's default limit (UPLOAD_MAX_BYTES); the server checks again whatever it is configured to. */
export const uploadMaxBytes = 20 * 1024 * 1024;

function problemOf(xhr: XMLHttpRequest): ApiError {
  let problem: Record<string, unknown> = {};
  try {
    problem = JSON.parse(xhr.responseText) as Record<string, unknown>;
  } catch {
    // not JSON: the status alone tells what happened
  }
  const errors = Array.isArray(problem.errors) ? (problem.errors as FieldError[]).filter((e) => typeof e?.path === 'string' && typeof e?.message === 'string') : [];
  return new ApiError({
    status: xhr.status,
    code: typeof problem.code === 'string' ? problem.code : xhr.status === 413 ? 'FILE_TOO_LARGE' : 'BAD_REQUEST',
    title: typeof problem.title === 'string' ? problem.title : xhr.statusText || `HTTP ${xhr.status}`,
    detail: typeof problem.detail === 'string' ? problem.detail : errors[0]?.message,
    errors,
  });
}

/**
 * POST /api/portal/uploads (multipart) with upload progress, which fetch() cannot report. Rejects with the
 * server's problem+json as an ApiError, so the slot shows the server's own words.
 */
export function uploadFile(file: File, csrfToken: string | null, onProgress: (percent: number) => void, signal?: AbortSignal): Promise<StoredFileDto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildApiUrl('/portal/uploads'));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(JSON.parse(xhr.responseText) as StoredFileDto);
      } else reject(problemOf(xhr));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'NETWORK', title: 'Network error' }));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}
