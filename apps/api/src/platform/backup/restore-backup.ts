import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../../config.ts';
import { createDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { migrations as knownMigrations } from '../../db/migrations/index.ts';
import { newId } from '../ids.ts';
import { BackupError } from './backup-error.ts';
import type { BackupPaths } from './backup-sources.ts';
import { isEmptyDatabase, loadSnapshot } from './database-snapshot.ts';
import { CHECKPOINT_RECORD, copyHashed, hashFile, readManifest, SECTIONS, verifyContents, type Manifest, type ManifestEntry } from './manifest.ts';

export interface RestoreOptions {
  backupDir: string;
  database: Config['database'];
  paths: BackupPaths;
  /** Replace a database that already holds data, and key files that differ. */
  force?: boolean;
}

export interface RestoreResult {
  manifest: Manifest;
  filesRestored: number;
  migrationsApplied: string[];
  /** Where the backup's copy of the audit checkpoints stays (never written over the live file). */
  checkpointRecord: string | null;
}

/** Where each backed-up entry goes; null: kept in the backup only. */
function targetOf(entry: ManifestEntry, paths: BackupPaths): string | null {
  const [section, ...rest] = entry.path.split('/');
  const rel = join(...rest);
  if (section === SECTIONS.files) return join(paths.filesDir, rel);
  if (section === SECTIONS.signing) return join(paths.signingDir, rel);
  if (section === SECTIONS.auditKeys) return join(paths.auditKeysDir, rel);
  return null;
}

function checkCompatible(manifest: Manifest, database: Config['database']): void {
  if (manifest.engine !== database.engine) {
    throw new BackupError(
      `Bản sao lưu là của ${manifest.engine}, còn DATABASE_URL trỏ tới ${database.engine}. Không khôi phục.`,
      `The backup is of ${manifest.engine} but DATABASE_URL points at ${database.engine}. Nothing was restored.`,
    );
  }
  const known = new Set(Object.keys(knownMigrations));
  const unknown = manifest.migrations.filter((m) => !known.has(m));
  if (unknown.length > 0) {
    throw new BackupError(
      `Bản sao lưu từ phiên bản mới hơn (${manifest.appVersion}; migration lạ: ${unknown[0]}). Hãy cài phiên bản đó hoặc mới hơn rồi khôi phục.`,
      `The backup comes from a newer version (${manifest.appVersion}; unknown migration ${unknown[0]}). Install that version or newer, then restore.`,
    );
  }
}

/** Key files that exist with other contents: replacing them silently could lose the only copy of a key. */
async function conflictingKeys(manifest: Manifest, paths: BackupPaths): Promise<string[]> {
  const conflicts: string[] = [];
  for (const entry of manifest.entries) {
    if (entry.path.startsWith(`${SECTIONS.files}/`)) continue;
    const target = targetOf(entry, paths);
    if (target && existsSync(target) && (await hashFile(target)).sha256 !== entry.sha256) conflicts.push(target);
  }
  return conflicts;
}

/** Writes next to the target, then renames: a reader never sees half a key. */
async function place(source: string, target: string): Promise<void> {
  const temp = `${target}.${newId()}.tmp`;
  await copyHashed(source, temp);
  await rename(temp, target).catch(async (error: unknown) => {
    await rm(temp, { force: true });
    throw error;
  });
}

/**
 * Verifies the whole backup and the target before writing anything; then the files (content-addressed, so adding
 * them never harms), the keys, and last the database, which is migrated to this version's latest schema.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const { backupDir, database, paths, force = false } = options;
  const manifest = await readManifest(backupDir);
  checkCompatible(manifest, database);
  await verifyContents(backupDir, manifest);
  if (!force && !(await isEmptyDatabase(database))) {
    throw new BackupError(
      'Cơ sở dữ liệu đích đã có dữ liệu. Khôi phục vào cơ sở dữ liệu trống, hoặc thêm --force để thay thế toàn bộ (hãy dừng ứng dụng trước).',
      'The target database already holds data. Restore into an empty database, or add --force to replace it entirely (stop the application first).',
    );
  }
  const conflicts = force ? [] : await conflictingKeys(manifest, paths);
  if (conflicts.length > 0) {
    throw new BackupError(
      `Tệp khóa đã có với nội dung khác: ${conflicts.join(', ')}. Thêm --force để ghi đè bằng bản sao lưu.`,
      `Key files already exist with other contents: ${conflicts.join(', ')}. Add --force to overwrite them from the backup.`,
    );
  }

  let filesRestored = 0;
  for (const entry of manifest.entries) {
    const target = targetOf(entry, paths);
    if (!target) continue;
    const isContent = entry.path.startsWith(`${SECTIONS.files}/`);
    if (isContent && existsSync(target) && (await hashFile(target)).sha256 === entry.sha256) continue;
    await place(join(backupDir, entry.path), target);
    if (isContent) filesRestored += 1;
  }
  await loadSnapshot(database, join(backupDir, manifest.database.path), force);
  const restored = createDatabase(database, 1);
  try {
    const migrationsApplied = await migrateToLatest(restored.db);
    const hasRecord = manifest.entries.some((e) => e.path === CHECKPOINT_RECORD);
    return { manifest, filesRestored, migrationsApplied, checkpointRecord: hasRecord ? join(backupDir, CHECKPOINT_RECORD) : null };
  } finally {
    await restored.destroy();
  }
}
