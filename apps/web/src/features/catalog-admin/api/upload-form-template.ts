import type { StoredFileDto } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { useMe } from '@/features/auth';
import { uploadFile } from '@/lib/upload-file';

/**
 * Uploads a form template through POST /api/files (multipart). The server accepts PDF and images only;
 * the file is then referenced by `formTemplate.fileId`.
 */
export function uploadFormTemplate(file: File, csrfToken: string | null): Promise<StoredFileDto> {
  return uploadFile<StoredFileDto>('/files', file, { csrfToken });
}

export function useUploadFormTemplate() {
  const me = useMe();
  return useMutation({ mutationFn: (file: File) => uploadFormTemplate(file, me.data?.csrfToken ?? null) });
}
