import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, readdir, rm } from 'node:fs/promises';
import { dirname, join, posix, relative, sep } from 'node:path';
import type { Engine } from '../../db/database.ts';
import { BackupError } from './backup-error.ts';

export const MANIFEST_NAME = 'manifest.json';
export const FORMAT = 'motcua-backup';
export const FORMAT_VERSION = 1;

/** Where each kind of content sits inside a backup directory. */
export const SECTIONS = { files: 'files', signing: 'signing', auditKeys: 'audit-keys', records: 'records' } as const;
export const CHECKPOINT_RECORD = `${SECTIONS.records}/audit-checkpoints.jsonl`;

export interface ManifestEntry {
  /** Relative to the backup directory, '/'-separated. */
  path: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  format: typeof FORMAT;
  formatVersion: number;
  createdAt: string;
  engine: Engine;
  appVersion: string;
  /** The migrations applied in the database snapshot, in order. */
  migrations: string[];
  database: ManifestEntry;
  entries: ManifestEntry[];
}

export async function appVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function hashFile(path: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha256: hash.digest('hex') };
}

/** Backups hold personal data and private keys: only their owner reads them. */
export const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/** Copies and hashes in one read; the copy is on disk (fsync) before this returns. */
export async function copyHashed(source: string, target: string, flags: 'wx' | 'w' = 'wx'): Promise<{ size: number; sha256: string }> {
  await mkdir(dirname(target), { recursive: true, mode: PRIVATE_DIR });
  const hash = createHash('sha256');
  let size = 0;
  const out = await open(target, flags, PRIVATE_FILE);
  try {
    for await (const chunk of createReadStream(source)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
      await out.write(chunk as Buffer);
    }
    await out.sync();
  } catch (error) {
    await out.close();
    await rm(target, { force: true });
    throw error;
  }
  await out.close();
  return { size, sha256: hash.digest('hex') };
}

export async function writeSynced(path: string, text: string): Promise<void> {
  const out = await open(path, 'wx', PRIVATE_FILE);
  try {
    await out.writeFile(text);
    await out.sync();
  } finally {
    await out.close();
  }
}

/** Regular files under dir as '/'-separated relative paths; an absent dir has none. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

const incomplete = (what: string, why = { vi: '', en: '' }) =>
  new BackupError(`Bản sao lưu không đầy đủ: thiếu ${what}${why.vi}. Không khôi phục.`, `The backup is incomplete: ${what} is missing${why.en}. Nothing was restored.`);

/** A path the manifest may name: inside one section, no '..', nothing absolute. */
function isSafeEntryPath(path: string): boolean {
  const sectionOk = Object.values(SECTIONS).some((s) => path.startsWith(`${s}/`));
  return sectionOk && posix.normalize(path) === path && !path.split('/').includes('..') && !path.includes('\\');
}

export async function readManifest(backupDir: string): Promise<Manifest> {
  const text = await readFile(join(backupDir, MANIFEST_NAME), 'utf8').catch(() => {
    throw incomplete(MANIFEST_NAME, { vi: ' (bản sao lưu bị ngắt giữa chừng, hoặc sai thư mục)', en: ' (the backup stopped halfway, or this is the wrong directory)' });
  });
  let manifest: Manifest;
  try {
    manifest = JSON.parse(text) as Manifest;
  } catch {
    throw new BackupError(`Tệp ${MANIFEST_NAME} bị hỏng (không đọc được JSON). Không khôi phục.`, `${MANIFEST_NAME} is damaged (not valid JSON). Nothing was restored.`);
  }
  if (manifest.format !== FORMAT || manifest.formatVersion !== FORMAT_VERSION || !manifest.database || !Array.isArray(manifest.entries) || !Array.isArray(manifest.migrations)) {
    throw new BackupError(
      `Không phải bản sao lưu MotCua định dạng ${FORMAT_VERSION} (${manifest.format} ${manifest.formatVersion}). Không khôi phục.`,
      `Not a MotCua backup of format ${FORMAT_VERSION} (${manifest.format} ${manifest.formatVersion}). Nothing was restored.`,
    );
  }
  for (const entry of manifest.entries) {
    if (!isSafeEntryPath(entry.path)) {
      throw new BackupError(`Tệp kê khai chứa đường dẫn không hợp lệ: ${entry.path}. Không khôi phục.`, `The manifest names an invalid path: ${entry.path}. Nothing was restored.`);
    }
  }
  return manifest;
}

/** Every byte the manifest lists, hashed again: a damaged or missing file refuses the whole backup. */
export async function verifyContents(backupDir: string, manifest: Manifest): Promise<void> {
  for (const entry of [manifest.database, ...manifest.entries]) {
    const actual = await hashFile(join(backupDir, entry.path)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw incomplete(entry.path);
      throw error;
    });
    if (actual.size !== entry.size || actual.sha256 !== entry.sha256) {
      throw new BackupError(
        `Bản sao lưu bị hỏng: ${entry.path} không khớp mã băm SHA-256 trong tệp kê khai. Không khôi phục.`,
        `The backup is damaged: ${entry.path} does not match its SHA-256 in the manifest. Nothing was restored.`,
      );
    }
  }
}
