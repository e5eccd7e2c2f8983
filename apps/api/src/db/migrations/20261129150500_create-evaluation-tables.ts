import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
// One rating per dossier (rules.md §4: ratings are tied to the dossier code), made by the portal account that owns
// the dossier or entered by the desk for a rating made at the counter. The agency rated is kept as it was when the
// rating was made, so a later reorganisation does not move old ratings. The answers are a child table so the summary
// per agency and question is one grouped query.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';
  await db.schema
    .createTable('dossier_ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    // The resolving agency and the receiving desk at the time of rating.
    .addColumn('agency_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('receiving_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    // The dated question set answered (packages/shared rules/evaluation).
    .addColumn('question_set', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('applicant_account_id', 'text', (c) => c.references('applicant_accounts.id'))
    .addColumn('recorded_by', 'text', (c) => c.references('officers.id'))
    .addColumn('liked', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('total_score', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addUniqueConstraint('dossier_ratings_dossier_key', ['dossier_id'])
    .addCheckConstraint('dossier_ratings_channel_check', sql`channel in ('portal', 'kiosk', 'desk')`)
    .addCheckConstraint('dossier_ratings_liked_check', sql`liked in (0, 1)`)
    .addCheckConstraint('dossier_ratings_comment_check', sql`comment is null or length(comment) <= 1000`)
    .addCheckConstraint('dossier_ratings_total_score_check', sql`total_score >= 0`)
    // Online: the owner's account and no officer; at the counter: the officer who entered it.
    .addCheckConstraint(
      'dossier_ratings_rater_check',
      sql`(channel = 'portal' and applicant_account_id is not null and recorded_by is null) or (channel in ('kiosk', 'desk') and recorded_by is not null)`,
    )
    .execute();
  await db.schema.createIndex('dossier_ratings_agency_created_idx').on('dossier_ratings').columns(['agency_unit_id', 'created_at']).execute();
  await db.schema.createIndex('dossier_ratings_created_idx').on('dossier_ratings').columns(['created_at']).execute();

  await db.schema
    .createTable('dossier_rating_answers')
    .addColumn('rating_id', 'text', (c) => c.notNull().references('dossier_ratings.id'))
    .addColumn('question_key', 'text', (c) => c.notNull())
    // The index's number (1–9) in the decree and the circular.
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('option_key', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('dossier_rating_answers_pkey', ['rating_id', 'question_key'])
    .addCheckConstraint('dossier_rating_answers_score_check', sql`score between 0 and 2`)
    .addCheckConstraint('dossier_rating_answers_number_check', sql`number between 1 and 99`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('dossier_rating_answers').execute();
  await db.schema.dropTable('dossier_ratings').execute();
}
