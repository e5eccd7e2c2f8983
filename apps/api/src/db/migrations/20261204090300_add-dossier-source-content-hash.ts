import type { Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// A dossier pushed by another system keeps the sha256 of the push's canonical content, so a second push under the
// same sender reference can be told apart: the same content is a retry (answered with the first dossier), other
// content is a sender error (refused). Null for desk and portal dossiers and for pushes registered before this.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('dossiers').addColumn('source_content_sha256', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('dossiers').dropColumn('source_content_sha256').execute();
}
