import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocalFileStorage } from './file-storage.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Every file under the storage directory, relative to it. */
const filesIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));

describe('the local file storage writes durably', () => {
  let dir: string;
  let storage: LocalFileStorage;
  // The class of the handles fs/promises opens: spying on it observes flushes and injects failures.
  let handleProto: { sync(): Promise<void>; writeFile(data: Buffer): Promise<void> };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-storage-'));
    storage = new LocalFileStorage(dir, 1024 * 1024);
    const probe = await open(dir, 'r');
    handleProto = Object.getPrototypeOf(probe);
    await probe.close();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the complete bytes under their hash, flushed to disk with their directory, and leaves no temporary file', async () => {
    const synced: string[] = [];
    const sync = handleProto.sync;
    vi.spyOn(handleProto, 'sync').mockImplementation(async function (this: { fd: number }) {
      synced.push(readdirSync(join(dir, sha256Of(PDF).slice(0, 2))).join(','));
      return sync.call(this);
    });
    const blob = await storage.put(PDF);
    const sha = sha256Of(PDF);
    expect(blob).toEqual({ sha256: sha, size: PDF.length, mediaType: 'application/pdf', created: true });
    expect(readFileSync(join(dir, sha.slice(0, 2), sha)).equals(PDF)).toBe(true);
    expect(filesIn(dir)).toEqual([join(sha.slice(0, 2), sha)]);
    // New shard directory in its parent, the temporary file before its rename, then the directory holding the new name.
    expect(synced).toHaveLength(3);
    expect(synced[1]).toMatch(new RegExp(`^${sha}\\.[^,]+\\.tmp$`));
    expect(synced[2]).toBe(sha);
  });

  it('leaves nothing behind when writing the bytes fails, and a retry stores them', async () => {
    vi.spyOn(handleProto, 'writeFile').mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    await expect(storage.put(PDF)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(filesIn(dir)).toEqual([]);
    expect((await storage.put(PDF)).created).toBe(true);
    expect((await storage.get(sha256Of(PDF))).equals(PDF)).toBe(true);
  });

  it('leaves nothing behind when flushing to disk fails', async () => {
    vi.spyOn(handleProto, 'sync').mockRejectedValueOnce(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
    await expect(storage.put(PDF)).rejects.toMatchObject({ code: 'EIO' });
    expect(filesIn(dir)).toEqual([]);
  });

  it('writes nothing for a refused file', async () => {
    await expect(storage.put(Buffer.from('MZ not a document'))).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE' });
    expect(filesIn(dir)).toEqual([]);
  });
});
