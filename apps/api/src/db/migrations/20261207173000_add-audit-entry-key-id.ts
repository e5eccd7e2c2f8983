import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// Audit entries become HMAC-SHA256 with a key kept outside the database (issue 13). key_id names the key an entry
// was written with, so entries keep verifying after a key rotation; entries written before have no key_id and keep
// their plain SHA-256 (the boundary is recorded in the first signed checkpoint, outside the database).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_entries').addColumn('key_id', 'text').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`comment on column audit_entries.key_id is 'HMAC key the hash was computed with (files in AUDIT_KEYS_DIR); null: legacy plain sha256 entry'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_entries').dropColumn('key_id').execute();
}
