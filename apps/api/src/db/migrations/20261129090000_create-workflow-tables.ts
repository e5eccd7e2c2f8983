import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';
  const real = pg ? 'double precision' : 'real';

  await db.schema
    .createTable('workflows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    // The variant's stable key within the procedure ('v1'…); '*' applies to every variant without its own workflow.
    .addColumn('variant_key', 'text', (c) => c.notNull())
    .addColumn('agency_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('approved_version_id', 'text')
    .addColumn('approved_version_number', 'integer')
    .addColumn('latest_version_number', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('workflows_scope_key', ['procedure_id', 'variant_key', 'agency_unit_id'])
    .execute();
  await db.schema.createIndex('workflows_agency_idx').on('workflows').column('agency_unit_id').execute();

  await db.schema
    .createTable('workflow_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workflow_id', 'text', (c) => c.notNull().references('workflows.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // Ordered steps as JSON (WorkflowStep[] of packages/shared); a version never changes once submitted.
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('total_budget_hours', real, (c) => c.notNull())
    .addColumn('legal_limit_value', real)
    .addColumn('legal_limit_unit', 'text')
    .addColumn('change_note', 'text')
    .addColumn('created_by', 'text', (c) => c.references('officers.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.references('officers.id'))
    .addColumn('submitted_at', ts)
    .addColumn('decided_by', 'text', (c) => c.references('officers.id'))
    .addColumn('decided_at', ts)
    .addColumn('decision_note', 'text')
    .addUniqueConstraint('workflow_versions_number_key', ['workflow_id', 'number'])
    .addCheckConstraint('workflow_versions_status_check', sql`status in ('draft', 'submitted', 'approved', 'rejected', 'superseded')`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('workflow_versions').execute();
  await db.schema.dropTable('workflows').execute();
}
