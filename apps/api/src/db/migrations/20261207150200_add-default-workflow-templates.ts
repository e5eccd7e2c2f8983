import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// The province's default workflow templates (one per level where it performs procedures) live with the
// procedure workflows, so they share their versions, approval and the dossier's pinned workflow_version_id:
// a template has no procedure and a level; a procedure workflow has a procedure and no level.
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table workflows alter column procedure_id drop not null`.execute(db);
    await sql`alter table workflows add column level text`.execute(db);
    await sql`alter table workflows add constraint workflows_level_check check (level is null or level in ('province', 'commune'))`.execute(db);
    await sql`alter table workflows add constraint workflows_template_shape_check check ((procedure_id is null) = (level is not null))`.execute(db);
    await sql`comment on column workflows.level is 'Set only on a default template (procedure_id null): the level whose adopted procedures use it when they have no workflow of their own'`.execute(db);
  } else {
    // SQLite cannot drop NOT NULL: rebuild the table (migrations run outside a transaction on SQLite).
    await sql`pragma foreign_keys = off`.execute(db);
    await sql`create table workflows_new (
      id text primary key,
      procedure_id text references procedures(id),
      variant_key text not null,
      agency_unit_id text not null references org_units(id),
      name text not null,
      approved_version_id text,
      approved_version_number integer,
      latest_version_number integer not null,
      created_at text not null,
      updated_at text not null,
      revision integer not null default 1,
      level text,
      constraint workflows_scope_key unique (procedure_id, variant_key, agency_unit_id),
      constraint workflows_level_check check (level is null or level in ('province', 'commune')),
      constraint workflows_template_shape_check check ((procedure_id is null) = (level is not null))
    )`.execute(db);
    await sql`insert into workflows_new (id, procedure_id, variant_key, agency_unit_id, name, approved_version_id, approved_version_number, latest_version_number, created_at, updated_at, revision, level)
      select id, procedure_id, variant_key, agency_unit_id, name, approved_version_id, approved_version_number, latest_version_number, created_at, updated_at, revision, null from workflows`.execute(db);
    await sql`drop table workflows`.execute(db);
    await sql`alter table workflows_new rename to workflows`.execute(db);
    await db.schema.createIndex('workflows_agency_idx').on('workflows').column('agency_unit_id').execute();
    await sql`pragma foreign_keys = on`.execute(db);
  }
  await sql`create unique index workflows_template_level_key on workflows (level) where level is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('workflows_template_level_key').execute();
  await db.deleteFrom('workflows').where('level', 'is not', null).execute();
  await db.schema.alterTable('workflows').dropConstraint('workflows_template_shape_check').execute();
  await db.schema.alterTable('workflows').dropConstraint('workflows_level_check').execute();
  await db.schema.alterTable('workflows').dropColumn('level').execute();
}
