import { ConfigError, loadConfig } from '../config.ts';
import { createDatabase } from '../db/database.ts';
import { loadAuditKeys } from '../platform/audit/audit-keys.ts';

/** What the audit commands start from: the configuration, the audit keys (never created here) and the database. */
export function openAuditCli() {
  process.on('uncaughtException', (error) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
  const config = loadConfig();
  const keys = loadAuditKeys(config.audit.keysDir, config.env, false);
  return { config, keys, database: createDatabase(config.database) };
}
