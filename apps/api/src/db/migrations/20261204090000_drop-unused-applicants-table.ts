import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// The first identity migration made an `applicants` table before portal accounts existed; the applicants module
// keeps accounts in `applicant_accounts` (20261129150100) and nothing ever wrote or read `applicants`.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('applicants').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';
  await db.schema
    .createTable('applicants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('citizen_id', 'text')
    .addColumn('tax_code', 'text')
    .addColumn('date_of_birth', 'text')
    .addColumn('address', 'text')
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('applicants_email_key', ['email'])
    .addUniqueConstraint('applicants_phone_key', ['phone'])
    .addCheckConstraint('applicants_kind_check', sql`kind in ('citizen', 'organisation', 'business')`)
    .execute();
}
