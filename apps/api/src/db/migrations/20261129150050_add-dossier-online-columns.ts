import type { Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// Online dossiers belong to a portal account, and those pushed by the national portal carry the sender's own id
// (a retry of the same push must find the dossier it already created).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('dossiers').addColumn('applicant_account_id', 'text').execute();
  await db.schema.alterTable('dossiers').addColumn('source_system', 'text').execute();
  await db.schema.alterTable('dossiers').addColumn('source_reference', 'text').execute();
  await db.schema.createIndex('dossiers_applicant_account_idx').on('dossiers').columns(['applicant_account_id', 'created_at']).execute();
  await db.schema.createIndex('dossiers_source_reference_uq').on('dossiers').columns(['source_system', 'source_reference']).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('dossiers_source_reference_uq').execute();
  await db.schema.dropIndex('dossiers_applicant_account_idx').execute();
  await db.schema.alterTable('dossiers').dropColumn('source_reference').execute();
  await db.schema.alterTable('dossiers').dropColumn('source_system').execute();
  await db.schema.alterTable('dossiers').dropColumn('applicant_account_id').execute();
}
