import type { Config } from '../../config.ts';

/** What a backup holds besides the database, and where restore puts it back. */
export interface BackupPaths {
  /** Uploaded and issued files, content-addressed (`<dir>/<2 hex>/<sha256>`); only ever added. */
  filesDir: string;
  /** The demo CA and the agencies' PKCS#12 signing keys and certificates. */
  signingDir: string;
  /** The audit log's HMAC keys and the key that signs its checkpoints. */
  auditKeysDir: string;
  /** Published audit checkpoints: backed up for the record, never restored (an old copy would hide a rollback). */
  auditCheckpointFile: string;
}

export function backupPaths(config: Config): BackupPaths {
  return {
    filesDir: config.files.dir,
    signingDir: config.signing.dir,
    auditKeysDir: config.audit.keysDir,
    auditCheckpointFile: config.audit.checkpointFile,
  };
}
