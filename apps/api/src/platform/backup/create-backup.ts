import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../../config.ts';
import { BackupError } from './backup-error.ts';
import type { BackupPaths } from './backup-sources.ts';
import { dumpFileName, snapshotDatabase } from './database-snapshot.ts';
import {
  appVersion, CHECKPOINT_RECORD, copyHashed, FORMAT, FORMAT_VERSION, hashFile, listFiles, MANIFEST_NAME, PRIVATE_DIR, SECTIONS, writeSynced,
  type Manifest, type ManifestEntry,
} from './manifest.ts';

export interface BackupOptions {
  database: Config['database'];
  paths: BackupPaths;
  /** The directory that receives `motcua-<time>/`. */
  outDir: string;
  /** Keep only this many complete backups in outDir (the new one included). */
  keep?: number;
  now?: () => Date;
}

const CONTENT_PATH = /^[0-9a-f]{2}\/([0-9a-f]{64})$/;
const BACKUP_NAME = /^motcua-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;

/** Stored files, each checked against its content address; temporary files of an upload in progress are skipped. */
async function copyStoredFiles(filesDir: string, target: string, cited: readonly string[]): Promise<ManifestEntry[]> {
  const entries: ManifestEntry[] = [];
  const copied = new Set<string>();
  for (const rel of await listFiles(filesDir)) {
    const address = CONTENT_PATH.exec(rel)?.[1];
    if (!address) continue;
    const path = `${SECTIONS.files}/${rel}`;
    const copy = await copyHashed(join(filesDir, rel), join(target, path)).catch((error: NodeJS.ErrnoException) => {
      // An upload whose transaction failed discards its bytes; they were never cited.
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (!copy) continue;
    const { size, sha256 } = copy;
    if (sha256 !== address) {
      throw new BackupError(`Tệp lưu trữ ${rel} bị hỏng (nội dung không khớp mã băm). Sao lưu dừng lại.`, `Stored file ${rel} is damaged (content does not match its hash). Backup stopped.`);
    }
    entries.push({ path, size, sha256 });
    copied.add(sha256);
  }
  const missing = cited.filter((sha256) => !copied.has(sha256));
  if (missing.length > 0) {
    throw new BackupError(
      `Cơ sở dữ liệu tham chiếu ${missing.length} tệp không có trong ${filesDir} (ví dụ ${missing[0]}). Sao lưu dừng lại: kho tệp đang thiếu dữ liệu.`,
      `The database cites ${missing.length} files absent from ${filesDir} (e.g. ${missing[0]}). Backup stopped: the file store is missing data.`,
    );
  }
  return entries;
}

async function copyDirectory(source: string, target: string, section: string): Promise<ManifestEntry[]> {
  const entries: ManifestEntry[] = [];
  for (const rel of await listFiles(source)) {
    const path = `${section}/${rel}`;
    entries.push({ path, ...(await copyHashed(join(source, rel), join(target, path))) });
  }
  return entries;
}

/** Deletes complete backups beyond the newest `keep`; the names sort by time. */
async function prune(outDir: string, keep: number): Promise<string[]> {
  const names = (await readdir(outDir)).filter((n) => BACKUP_NAME.test(n) && existsSync(join(outDir, n, MANIFEST_NAME))).sort().reverse();
  const old = names.slice(keep);
  for (const name of old) await rm(join(outDir, name), { recursive: true, force: true });
  return old;
}

/**
 * Database first, then files: stored files are only ever added, so every file the snapshot cites is already on disk
 * when the copy starts. The manifest is written last and the directory renamed from `.partial`, so a backup that
 * stopped halfway is never mistaken for a complete one.
 */
export async function createBackup(options: BackupOptions): Promise<{ dir: string; manifest: Manifest; pruned: string[] }> {
  const createdAt = (options.now ?? (() => new Date()))();
  const name = `motcua-${createdAt.toISOString().replace(/[:.]/g, '-')}`;
  const dir = join(options.outDir, name);
  const work = `${dir}.partial`;
  await mkdir(work, { recursive: true, mode: PRIVATE_DIR });
  try {
    const dumpName = dumpFileName(options.database.engine);
    const facts = await snapshotDatabase(options.database, join(work, dumpName));
    const database: ManifestEntry = { path: dumpName, ...(await hashFile(join(work, dumpName))) };
    const entries = [
      ...(await copyStoredFiles(options.paths.filesDir, work, facts.citedContent)),
      ...(await copyDirectory(options.paths.signingDir, work, SECTIONS.signing)),
      ...(await copyDirectory(options.paths.auditKeysDir, work, SECTIONS.auditKeys)),
    ];
    if (existsSync(options.paths.auditCheckpointFile)) {
      entries.push({ path: CHECKPOINT_RECORD, ...(await copyHashed(options.paths.auditCheckpointFile, join(work, CHECKPOINT_RECORD))) });
    }
    const manifest: Manifest = {
      format: FORMAT, formatVersion: FORMAT_VERSION, createdAt: createdAt.toISOString(), engine: options.database.engine,
      appVersion: await appVersion(), migrations: facts.migrations, database, entries,
    };
    await writeSynced(join(work, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(work, dir);
    const pruned = options.keep ? await prune(options.outDir, options.keep) : [];
    return { dir, manifest, pruned };
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}
