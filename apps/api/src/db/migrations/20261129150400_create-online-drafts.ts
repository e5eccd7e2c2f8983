import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// An applicant's unfinished online application: it belongs to the portal account, not to any agency, until it is
// submitted and becomes a dossier (then the draft is deleted in the same transaction).
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';
  await db.schema
    .createTable('online_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('applicant_accounts.id'))
    // The national procedure code and variant key, not a version: a draft outlives catalog versions.
    .addColumn('procedure_code', 'text', (c) => c.notNull())
    .addColumn('variant_key', 'text', (c) => c.notNull())
    .addColumn('agency_unit_id', 'text', (c) => c.references('org_units.id'))
    // JSON: the applicant as the portal prefilled it (checked only at submission).
    .addColumn('applicant', 'text')
    .addColumn('request_summary', 'text')
    // JSON object: the e-form answers so far.
    .addColumn('form_data', 'text', (c) => c.notNull())
    // JSON array of { requirement, fileId }: one uploaded file per document requirement.
    .addColumn('documents', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('online_drafts_account_idx').on('online_drafts').columns(['account_id', 'updated_at']).execute();
  if (pg) {
    await sql`comment on table online_drafts is 'Unfinished online applications of portal accounts; deleted when submitted as a dossier'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('online_drafts').execute();
}
