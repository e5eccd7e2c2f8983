import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// A new national record of a procedure the province has adopted or edited is not published at once: the import
// writes the national record as a version, merges it with the province's latest version into a new working head,
// and records here what the control officer must review (the three versions, the conflicts, the province values
// carried forward) until they accept it (the head becomes public) or dismiss it.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';

  await db.schema
    .createTable('national_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    // pending → accepted | dismissed | superseded (a newer national record arrived before a decision).
    .addColumn('status', 'text', (c) => c.notNull())
    // The last national version before this one (null: the province's own record, never imported).
    .addColumn('base_version_id', 'text', (c) => c.references('procedure_versions.id'))
    // The province's latest version when the national record arrived.
    .addColumn('previous_version_id', 'text', (c) => c.notNull().references('procedure_versions.id'))
    .addColumn('national_version_id', 'text', (c) => c.notNull().references('procedure_versions.id'))
    .addColumn('merged_version_id', 'text', (c) => c.notNull().references('procedure_versions.id'))
    .addColumn('decision_number', 'text')
    // JSON: [{ path, ours, theirs }] fields both sides changed (the province's value was kept).
    .addColumn('conflicts', 'text', (c) => c.notNull())
    // JSON: [path] province values carried forward over the national record's.
    .addColumn('kept', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('decided_at', ts)
    .addColumn('decided_by', 'text', (c) => c.references('officers.id'))
    .addCheckConstraint('national_updates_status_check', sql`status in ('pending', 'accepted', 'dismissed', 'superseded')`)
    .execute();
  await db.schema.createIndex('national_updates_status_idx').on('national_updates').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('national_updates_procedure_idx').on('national_updates').columns(['procedure_id', 'status']).execute();

  if (pg) {
    await sql`comment on table national_updates is 'new national records of procedures the province adopted or edited, merged with the province''s version and awaiting the control officer'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('national_updates').execute();
}
