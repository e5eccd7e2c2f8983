import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// The applicant's personal document store (rules.md §0: a valid result may be reused for the same person's other
// procedures, Decree 118 Art. 22; already-shared valid data must not be asked for again, Circular 04/2025), and
// each reuse of a stored document in a new dossier, which the service index counts (Decision 766, 4.3).
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';
  await db.schema
    .createTable('personal_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('applicant_accounts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // A file the account holds: a draft accepts it like any of the account's uploads.
    .addColumn('file_id', 'text', (c) => c.notNull().references('stored_files.id'))
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    // A result: the dossier and the electronic result it came from. Whether it is still valid is read from the
    // e-result itself (a revocation or a correction changes it there), never copied here.
    .addColumn('dossier_id', 'text', (c) => c.references('dossiers.id'))
    .addColumn('e_result_id', 'text', (c) => c.references('e_results.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    // Taken out of the store by the applicant; the row stays so the reuses already counted keep their document.
    .addColumn('removed_at', ts)
    .addCheckConstraint('personal_documents_kind_check', sql`kind in ('upload', 'result')`)
    .addCheckConstraint(
      'personal_documents_source_check',
      sql`(kind = 'upload' and dossier_id is null and e_result_id is null) or (kind = 'result' and dossier_id is not null and e_result_id is not null)`,
    )
    .addCheckConstraint('personal_documents_name_check', sql`length(name) between 1 and 500`)
    .addCheckConstraint('personal_documents_size_check', sql`size >= 0`)
    .addUniqueConstraint('personal_documents_file_key', ['account_id', 'file_id'])
    .addUniqueConstraint('personal_documents_e_result_key', ['e_result_id'])
    .execute();
  await db.schema.createIndex('personal_documents_account_idx').on('personal_documents').columns(['account_id', 'created_at']).execute();

  await db.schema
    .createTable('document_reuses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('personal_document_id', 'text', (c) => c.notNull().references('personal_documents.id'))
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    // The position of the variant's document requirement the stored file was given for.
    .addColumn('requirement', 'integer', (c) => c.notNull())
    .addColumn('reused_at', ts, (c) => c.notNull())
    .addCheckConstraint('document_reuses_requirement_check', sql`requirement >= 0`)
    // One reuse per document and dossier, however many slots it filled.
    .addUniqueConstraint('document_reuses_dossier_key', ['personal_document_id', 'dossier_id'])
    .execute();
  await db.schema.createIndex('document_reuses_reused_at_idx').on('document_reuses').columns(['reused_at']).execute();
  await db.schema.createIndex('document_reuses_dossier_idx').on('document_reuses').columns(['dossier_id']).execute();
  if (pg) {
    await sql`comment on table personal_documents is 'Applicants'' document store: their uploads and the electronic results of their dossiers, reusable in new applications'`.execute(db);
    await sql`comment on table document_reuses is 'A stored document used again in a new dossier (Decision 766 indicator 4.3)'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('document_reuses').execute();
  await db.schema.dropTable('personal_documents').execute();
}
