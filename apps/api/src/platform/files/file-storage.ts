import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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

/**
 * An acknowledged upload must survive a power cut: the bytes go to a temporary file that is flushed to disk, then
 * renamed into place, and the directory is flushed so the new name is on disk too. A failure leaves no file behind.
 */
async function writeDurably(dir: string, target: string, bytes: Buffer): Promise<void> {
  // A new shard directory is itself a new name in its parent.
  if (await mkdir(dir, { recursive: true })) await syncDirectory(dirname(dir));
  const temp = `${target}.${newId()}.tmp`;
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
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
    if (!exists) await writeDurably(join(this.dir, sha256.slice(0, 2)), target, bytes);
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
