import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// A stored document may also be reused in answer to a supplement request, for a paper the desk named that is not
// one of the variant's requirements: such a reuse has no requirement position. SQLite cannot drop a NOT NULL, so
// there the table is rebuilt (nothing references document_reuses).
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table document_reuses alter column requirement drop not null`.execute(db);
    return;
  }
  await rebuildSqlite(db, true);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('document_reuses').where('requirement', 'is', null).execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table document_reuses alter column requirement set not null`.execute(db);
    return;
  }
  await rebuildSqlite(db, false);
}

async function rebuildSqlite(db: Kysely<any>, nullable: boolean): Promise<void> {
  await db.schema
    .createTable('document_reuses_rebuilt')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('personal_document_id', 'text', (c) => c.notNull().references('personal_documents.id'))
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('requirement', 'integer', (c) => (nullable ? c : c.notNull()))
    .addColumn('reused_at', 'text', (c) => c.notNull())
    .addCheckConstraint('document_reuses_requirement_check', sql`requirement >= 0`)
    .addUniqueConstraint('document_reuses_dossier_key', ['personal_document_id', 'dossier_id'])
    .execute();
  await sql`insert into document_reuses_rebuilt (id, personal_document_id, dossier_id, requirement, reused_at)
    select id, personal_document_id, dossier_id, requirement, reused_at from document_reuses`.execute(db);
  await db.schema.dropTable('document_reuses').execute();
  await db.schema.alterTable('document_reuses_rebuilt').renameTo('document_reuses').execute();
  await db.schema.createIndex('document_reuses_reused_at_idx').on('document_reuses').columns(['reused_at']).execute();
  await db.schema.createIndex('document_reuses_dossier_idx').on('document_reuses').columns(['dossier_id']).execute();
}
