import { sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// Dossier components as the national records write them (issue 12): a line is required, conditional on a case,
// one of alternatives, optional, or only a note; it may apply to some channels only (the paper form in person,
// the interactive form online). Existing rows are classified from what they had: required with a condition =
// conditional; not required with no originals or copies = a note; otherwise optional.
// A dossier keeps the answers to the cases it was received with.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('variant_documents')
    .addColumn('kind', 'text', (c) =>
      c.notNull().defaultTo('required').check(sql`kind in ('required', 'conditional', 'alternative', 'optional', 'note')`),
    )
    .execute();
  await db.schema.alterTable('variant_documents').addColumn('case_key', 'text').execute();
  await db.schema.alterTable('variant_documents').addColumn('case_question', 'text').execute();
  await db.schema.alterTable('variant_documents').addColumn('alternative_group', 'integer').execute();
  await db.schema.alterTable('variant_documents').addColumn('channels', 'text').execute();
  await db.schema.alterTable('variant_documents').addColumn('classified_by', 'text').execute();
  await sql`update variant_documents set kind = case
      when required = 1 and condition is not null then 'conditional'
      when required = 1 then 'required'
      when originals + copies = 0 then 'note'
      else 'optional' end`.execute(db);
  await db.schema.alterTable('dossiers').addColumn('applied_cases', 'text').execute();
  await db.schema.alterTable('online_drafts').addColumn('cases', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('online_drafts').dropColumn('cases').execute();
  await db.schema.alterTable('dossiers').dropColumn('applied_cases').execute();
  for (const column of ['classified_by', 'channels', 'alternative_group', 'case_question', 'case_key', 'kind']) {
    await db.schema.alterTable('variant_documents').dropColumn(column).execute();
  }
}
