import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// A portal account proves its e-mail address or phone number with a one-time code before the dossiers' notices go
// there. The account remembers which contact is verified (e-mail already had a flag; the phone gets one); each code
// sent is a row that keeps only the salted sha256 of the code, never the code itself, and the sha256 of the contact it
// was sent to (a contact changed since voids it). Existing phone numbers start unverified.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';

  await db.schema
    .alterTable('applicant_accounts')
    .addColumn('phone_verified', 'integer', (c) => c.notNull().defaultTo(0).check(sql`phone_verified in (0, 1)`))
    .execute();

  await db.schema
    .createTable('applicant_contact_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('applicant_accounts.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('contact_sha256', 'text', (c) => c.notNull())
    // open → verified (the right code), exhausted (too many wrong ones) or replaced (a newer code, a changed contact).
    .addColumn('status', 'text', (c) => c.notNull())
    // Null until the sending job makes the code: sha256(salt + code), the salt random per code.
    .addColumn('code_hash', 'text')
    .addColumn('code_salt', 'text')
    .addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    // sent (a real provider accepted it) or logged (no provider configured: only the server's log has it).
    .addColumn('delivery', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('sent_at', ts)
    .addColumn('expires_at', ts)
    .addColumn('closed_at', ts)
    .addCheckConstraint('applicant_contact_codes_channel_check', sql`channel in ('email', 'phone')`)
    .addCheckConstraint('applicant_contact_codes_status_check', sql`status in ('open', 'verified', 'exhausted', 'replaced')`)
    .addCheckConstraint('applicant_contact_codes_delivery_check', sql`delivery is null or delivery in ('sent', 'logged')`)
    .addCheckConstraint('applicant_contact_codes_attempts_check', sql`failed_attempts >= 0`)
    .execute();
  await db.schema.createIndex('applicant_contact_codes_account_idx').on('applicant_contact_codes').columns(['account_id', 'created_at']).execute();

  if (pg) {
    await sql`comment on table applicant_contact_codes is 'one-time codes that prove a portal account''s e-mail or phone; only a salted hash of each code is kept'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('applicant_contact_codes').execute();
  await db.schema.alterTable('applicant_accounts').dropColumn('phone_verified').execute();
}
