import type { StoredFileDto } from '@motcua/shared';
import { uploadFile as postFile } from '@/lib/upload-file';

/** What the slot accepts: the server sniffs the bytes and takes PDF and images only. */
export const acceptedFileTypes = '.pdf,.jpg,.jpeg,.png,.tif,.tiff,.webp,application/pdf,image/jpeg,image/png,image/tiff,image/webp';
/** The server's default limit (UPLOAD_MAX_BYTES), used until the portal options tell the configured one. */
export const defaultUploadMaxBytes = 20 * 1024 * 1024;

/**
 * POST /api/portal/uploads (multipart) with upload progress. Rejects with the server's problem+json as an
 * ApiError, so the slot shows the server's own words.
 */
export function uploadFile(file: File, csrfToken: string | null, onProgress: (percent: number) => void, signal?: AbortSignal): Promise<StoredFileDto> {
  return postFile<StoredFileDto>('/portal/uploads', file, { csrfToken, onProgress, signal });
}
