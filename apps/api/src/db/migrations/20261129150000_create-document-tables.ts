import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';
  const kinds = sql`('receipt', 'supplement_request', 'refusal', 'apology', 'stop_notice', 'process_sheet', 'register', 'e_result')`;

  // The yearly number of each issuing body's forms ("125/TN-TTPVHCC"), taken in the issuing transaction.
  await db.schema
    .createTable('document_number_sequences')
    .addColumn('issuer_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_number_sequences_pkey', ['issuer_unit_id', 'kind', 'year'])
    .execute();

  // A form kept with its dossier: the data it printed (a snapshot taken when its action happened), its number,
  // and once rendered the PDF itself, so a reprint gives the same bytes.
  await db.schema
    .createTable('issued_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('action_seq', 'integer')
    .addColumn('issuer_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('number_seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.references('stored_files.id'))
    .addColumn('sha256', 'text')
    .addColumn('signed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('signer_name', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('rendered_at', ts)
    .addCheckConstraint('issued_documents_kind_check', sql`kind in ${kinds}`)
    .addCheckConstraint('issued_documents_signed_check', sql`signed in (0, 1)`)
    .addUniqueConstraint('issued_documents_action_key', ['dossier_id', 'kind', 'action_seq'])
    .addUniqueConstraint('issued_documents_number_key', ['issuer_unit_id', 'kind', 'year', 'number_seq'])
    .execute();
  await db.schema.createIndex('issued_documents_dossier_idx').on('issued_documents').columns(['dossier_id', 'created_at']).execute();

  // The electronic result of a dossier result (<dossier code>-KQ<n>): its signed PDF and its public verification.
  await db.schema
    .createTable('e_results')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('dossier_result_id', 'text', (c) => c.notNull().references('dossier_results.id'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('issued_documents.id'))
    .addColumn('result_code', 'text', (c) => c.notNull())
    .addColumn('issuer_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    // Printed in the QR code with the code: without it the page answers "not found", so codes cannot be enumerated.
    .addColumn('verify_token', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('revoked_at', ts)
    .addColumn('revoked_by', 'text', (c) => c.references('officers.id'))
    .addColumn('revoked_reason', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addCheckConstraint('e_results_status_check', sql`status in ('valid', 'revoked')`)
    .addUniqueConstraint('e_results_result_key', ['dossier_result_id'])
    .addUniqueConstraint('e_results_code_key', ['result_code'])
    .execute();
  await db.schema.createIndex('e_results_dossier_idx').on('e_results').columns(['dossier_id']).execute();

  // Every public check of an electronic result; who checked is kept only as a salted hash of the address.
  await db.schema
    .createTable('e_result_verifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('e_result_id', 'text', (c) => c.notNull().references('e_results.id'))
    .addColumn('verified_at', ts, (c) => c.notNull())
    .addColumn('status_shown', 'text', (c) => c.notNull())
    .addColumn('client_hash', 'text')
    .addColumn('user_agent', 'text')
    .addCheckConstraint('e_result_verifications_status_check', sql`status_shown in ('valid', 'revoked')`)
    .execute();
  await db.schema.createIndex('e_result_verifications_result_idx').on('e_result_verifications').columns(['e_result_id', 'verified_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['e_result_verifications', 'e_results', 'issued_documents', 'document_number_sequences']) {
    await db.schema.dropTable(table).execute();
  }
}
