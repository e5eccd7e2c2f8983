import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// Portal accounts of citizens and businesses. A person signs in with a password (e-mail or phone), through an
// OpenID Connect provider (the national electronic identity), or both; identities are linked by issuer + subject.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';

  await db.schema
    .createTable('applicant_accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('email_verified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('phone', 'text')
    // Null for an account that only ever signs in through an identity provider.
    .addColumn('password_hash', 'text')
    // The person; for an organisation, its representative.
    .addColumn('full_name', 'text', (c) => c.notNull())
    // Citizen ID number (12 digits); never logged.
    .addColumn('citizen_id', 'text')
    .addColumn('date_of_birth', 'text')
    .addColumn('address', 'text')
    .addColumn('organisation_name', 'text')
    .addColumn('tax_code', 'text')
    .addColumn('failed_login_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('applicant_accounts_email_key', ['email'])
    .addUniqueConstraint('applicant_accounts_phone_key', ['phone'])
    .addCheckConstraint('applicant_accounts_kind_check', sql`kind in ('individual', 'organisation')`)
    .addCheckConstraint('applicant_accounts_email_verified_check', sql`email_verified in (0, 1)`)
    .addCheckConstraint('applicant_accounts_organisation_check', sql`kind = 'individual' or (organisation_name is not null and tax_code is not null)`)
    .execute();
  await db.schema.createIndex('applicant_accounts_citizen_id_idx').on('applicant_accounts').column('citizen_id').execute();

  await db.schema
    .createTable('applicant_identities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('applicant_accounts.id').onDelete('cascade'))
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('last_login_at', ts)
    .addUniqueConstraint('applicant_identities_issuer_subject_key', ['issuer', 'subject'])
    .execute();
  await db.schema.createIndex('applicant_identities_account_idx').on('applicant_identities').column('account_id').execute();

  // One pending OpenID Connect sign-in: found by the hash of its state, bound to the browser that started it.
  await db.schema
    .createTable('applicant_oidc_requests')
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('browser_hash', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('applicant_oidc_requests_expires_idx').on('applicant_oidc_requests').column('expires_at').execute();

  if (pg) {
    await sql`comment on column applicant_accounts.password_hash is 'argon2id; null for accounts that sign in only through an identity provider'`.execute(db);
    await sql`comment on table applicant_identities is 'OpenID Connect identities (issuer + subject) linked to a portal account'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['applicant_oidc_requests', 'applicant_identities', 'applicant_accounts']) {
    await db.schema.dropTable(t).execute();
  }
}
