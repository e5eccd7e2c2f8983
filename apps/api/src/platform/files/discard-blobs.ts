import type { AppContext } from '../context.ts';
import type { PutBlob } from './file-storage.ts';
import { findContentInUse } from './files.queries.ts';

/**
 * After a use case that stored bytes failed before any stored file pointed at them: deletes the contents its own
 * puts created that no stored file uses. Storage is by content hash, so bytes another row holds (or that were
 * there before this put) stay. Best effort: a leftover blob is only disk space, and the failure is what the caller
 * reports.
 */
export async function discardUnusedBlobs(ctx: Pick<AppContext, 'db' | 'files'>, blobs: readonly PutBlob[]): Promise<void> {
  const created = [...new Set(blobs.filter((b) => b.created).map((b) => b.sha256))];
  if (created.length === 0) return;
  try {
    const inUse = await findContentInUse(ctx.db, created);
    await Promise.all(created.filter((sha256) => !inUse.has(sha256)).map((sha256) => ctx.files.remove(sha256)));
  } catch {
    // Keep the caller's own error; the bytes stay as an unreferenced blob.
  }
}
