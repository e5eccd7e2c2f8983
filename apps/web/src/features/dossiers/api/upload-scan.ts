import type { StoredFileDto } from '@motcua/shared';
import { useMutation } from '@tanstack/react-query';
import { useMe } from '@/features/auth';
import { uploadFile } from '@/lib/upload-file';

/** A scan of a received document, through POST /api/files (multipart); the dossier then refers to its id. */
export function uploadScan(file: File, csrfToken: string | null): Promise<StoredFileDto> {
  return uploadFile<StoredFileDto>('/files', file, { csrfToken });
}

export function useUploadScan() {
  const me = useMe();
  return useMutation({ mutationFn: (file: File) => uploadScan(file, me.data?.csrfToken ?? null) });
}
