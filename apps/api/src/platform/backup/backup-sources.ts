import type { Config } from '../../config.ts';

/** What a backup holds besides the database, and where restore puts it back. */
export interface BackupPaths {
  /** Uploaded and issued files, content-addressed (`<dir>/<2 hex>/<sha256>`); only ever added. */
  filesDir: string;
  /** The demo CA and the agencies' PKCS#12 signing keys and certificates. */
  signingDir: string;
  /** Keys that sign audit checkpoints. */
  auditKeysDir: string;
  /** Published audit checkpoints: backed up for the record, never restored (an old copy would hide a rollback). */
  auditCheckpointFile: string;
}

type AuditSettings = { audit?: { keysDir?: string; checkpointFile?: string } };

/** The audit settings arrive in config.ts with the audit-checkpoint work; until then their documented defaults. */
export function backupPaths(config: Config): BackupPaths {
  const audit = (config as Config & AuditSettings).audit;
  return {
    filesDir: config.files.dir,
    signingDir: config.signing.dir,
    auditKeysDir: audit?.keysDir ?? './data/audit-keys',
    auditCheckpointFile: audit?.checkpointFile ?? './data/audit-checkpoints.jsonl',
  };
}
