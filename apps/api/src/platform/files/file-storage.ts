import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';

export interface StoredBlob {
  sha256: string;
  size: number;
  mediaType: string;
}

export interface PutBlob extends StoredBlob {
  /** The bytes were not held before this put (a caller whose work then fails may discard them). */
  created: boolean;
}

/** Where uploaded bytes live. Swappable for object storage; callers only see content addresses. */
export interface FileStorage {
  put(bytes: Buffer): Promise<PutBlob>;
  get(sha256: string): Promise<Buffer>;
  /** Deletes the bytes of this content; absent content is not an error. Only for content no stored file points at. */
  remove(sha256: string): Promise<void>;
}

/** Types accepted for dossier documents and scans. The name and the declared type are never trusted. */
export const acceptedMediaTypes = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/tiff', 'image/webp']);

export async function sniffMediaType(bytes: Buffer): Promise<string | undefined> {
  return (await fileTypeFromBuffer(bytes))?.mime;
}

export class LocalFileStorage implements FileStorage {
  constructor(
    private readonly dir: string,
    private readonly maxBytes: number,
  ) {}

  private pathOf(sha256: string): string {
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  async put(bytes: Buffer): Promise<PutBlob> {
    if (bytes.length > this.maxBytes) throw new AppError('FILE_TOO_LARGE', { detail: `Tối đa ${Math.floor(this.maxBytes / 1024 / 1024)} MB.` });
    const mediaType = await sniffMediaType(bytes);
    if (!mediaType || !acceptedMediaTypes.has(mediaType)) {
      throw new AppError('UNSUPPORTED_FILE_TYPE', { detail: 'Chỉ nhận PDF hoặc ảnh (JPEG, PNG, TIFF, WebP).' });
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256);
    const exists = await stat(target).then(() => true, () => false);
    if (!exists) {
      await mkdir(join(this.dir, sha256.slice(0, 2)), { recursive: true });
      const temp = `${target}.${newId()}.tmp`;
      await writeFile(temp, bytes, { flag: 'wx' });
      await rename(temp, target);
    }
    return { sha256, size: bytes.length, mediaType, created: !exists };
  }

  async get(sha256: string): Promise<Buffer> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new AppError('NOT_FOUND');
    return readFile(this.pathOf(sha256)).catch(() => {
      throw new AppError('NOT_FOUND');
    });
  }

  async remove(sha256: string): Promise<void> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return;
    await rm(this.pathOf(sha256), { force: true });
  }
}
