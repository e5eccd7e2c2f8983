import type { FieldError } from '@motcua/shared';
import { ApiError, buildApiUrl } from './api-client';

export interface UploadOptions {
  /** Echoed as `x-csrf-token` (the session that posts: officer or applicant). */
  csrfToken: string | null;
  /** Percent sent, 0–99 while sending and 100 once the server has answered with success. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/** The server's problem+json as an ApiError; without a JSON body the status alone tells what happened. */
function problemOf(xhr: XMLHttpRequest): ApiError {
  let problem: Record<string, unknown> = {};
  try {
    problem = JSON.parse(xhr.responseText) as Record<string, unknown>;
  } catch {
    // not JSON
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
 * POSTs one file as multipart field `file` to an API path (not through `apiClient`, which speaks JSON) and
 * answers the JSON the server returns. XMLHttpRequest rather than fetch() because only it reports upload
 * progress. Rejects with the server's problem+json as an ApiError (status 0 on a network failure), and with
 * an AbortError when `signal` aborts.
 */
export function uploadFile<T>(path: string, file: File, options: UploadOptions): Promise<T> {
  const { csrfToken, onProgress, signal } = options;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildApiUrl(path));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json, application/problem+json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    if (onProgress) {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
      };
    }
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(100);
        resolve(JSON.parse(xhr.responseText) as T);
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
