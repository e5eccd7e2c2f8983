import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';
  await db.schema
    .createTable('catalog_revision')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addCheckConstraint('catalog_revision_single_row', sql`id = 1`)
    .execute();
  await db.insertInto('catalog_revision').values({ id: 1, revision: 1, updated_at: new Date('2026-11-23T00:00:00Z').toISOString() }).execute();
  if (pg) {
    await sql`comment on table catalog_revision is 'Bumped in the transaction of every change to the public catalog: API instances rebuild their search index when it moves'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('catalog_revision').execute();
}
