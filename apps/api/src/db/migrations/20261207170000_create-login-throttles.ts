import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// Sign-in failures are counted per key, not per account row: one key per account name (known or not, so an
// unknown name is throttled exactly like a real one) and one per account name and client address. Each attempt
// claims its count before the password is checked, so concurrent attempts cannot slip past the limit.
// The officer remembers the last TOTP time step it accepted, so a code cannot be used twice.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';

  await db.schema
    .createTable('login_throttles')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', ts)
    .addColumn('last_attempt_at', ts, (c) => c.notNull())
    .addCheckConstraint('login_throttles_failures_check', sql`failures >= 0`)
    .execute();
  await db.schema.createIndex('login_throttles_last_attempt_idx').on('login_throttles').column('last_attempt_at').execute();

  await db.schema.alterTable('officers').addColumn('totp_last_step', 'integer').execute();

  if (pg) {
    await sql`comment on table login_throttles is 'failed sign-in counts per account name and per account name and client address; the key holds the typed name, never a password'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('officers').dropColumn('totp_last_step').execute();
  await db.schema.dropTable('login_throttles').execute();
}
