import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// Registration with a password no longer signs in at once (issue 13): the account waits, unconfirmed, until the code
// sent to its e-mail or phone is typed back. Accounts that exist already could sign in before, so they count as
// confirmed from their creation.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('applicant_accounts').addColumn('confirmed_at', 'text').execute();
  await db.updateTable('applicant_accounts').set({ confirmed_at: sql`created_at` }).execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`comment on column applicant_accounts.confirmed_at is 'when the registration was confirmed (code typed back, or created through the identity provider); null: a password registration awaiting its code, which cannot sign in'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('applicant_accounts').dropColumn('confirmed_at').execute();
}
