import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// A draft is edited in place, so the version number alone cannot tell a stale editor from a current one.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workflows').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`comment on column workflows.revision is 'Bumped by every change to the workflow or its versions; editors send the revision they saw (optimistic concurrency)'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workflows').dropColumn('revision').execute();
}
