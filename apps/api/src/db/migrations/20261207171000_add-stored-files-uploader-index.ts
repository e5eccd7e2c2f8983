import type { Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// Who uploaded what, lately: the daily upload quota sums an account's recent files, and citations look files up by
// their uploader.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('stored_files_uploader_idx').on('stored_files').columns(['uploaded_by_kind', 'uploaded_by_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('stored_files_uploader_idx').execute();
}
