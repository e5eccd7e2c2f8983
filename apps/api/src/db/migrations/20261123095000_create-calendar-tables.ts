import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';

  await db.schema
    .createTable('calendar_days')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('is_draft', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addCheckConstraint(
      'calendar_days_kind_check',
      sql`kind in ('public_holiday', 'substitute_day_off', 'swapped_day_off', 'provincial_day_off', 'makeup_working_day')`,
    )
    .addCheckConstraint('calendar_days_date_check', sql`length(date) = 10`)
    .execute();

  await db.schema
    .createTable('calendar_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('working_periods', 'text', (c) => c.notNull())
    .addColumn('receipt_cutoff', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addCheckConstraint('calendar_settings_single_row', sql`id = 1`)
    .execute();
  await db
    .insertInto('calendar_settings')
    .values({
      id: 1,
      working_periods: JSON.stringify([{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:00' }]),
      receipt_cutoff: '15:00',
      revision: 1,
      updated_at: new Date('2026-11-23T00:00:00Z').toISOString(),
    })
    .execute();

  await db.schema
    .createTable('tracked_deadlines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('start_at', ts, (c) => c.notNull())
    .addColumn('time_limit_value', 'integer', (c) => c.notNull())
    .addColumn('time_limit_unit', 'text', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('due_at', ts)
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('tracked_deadlines_subject_key', ['subject_type', 'subject_id'])
    .addCheckConstraint('tracked_deadlines_unit_check', sql`time_limit_unit in ('working_days', 'working_hours', 'days', 'months')`)
    .addCheckConstraint('tracked_deadlines_state_check', sql`state in ('open', 'closed')`)
    .execute();
  await db.schema.createIndex('tracked_deadlines_open_idx').on('tracked_deadlines').columns(['state', 'start_at']).execute();

  await db.schema
    .createTable('deadline_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('deadline_id', 'text', (c) => c.notNull().references('tracked_deadlines.id').onDelete('cascade'))
    .addColumn('old_due_at', ts)
    .addColumn('new_due_at', ts)
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('changed_dates', 'text', (c) => c.notNull())
    .addColumn('changed_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deadline_changes_deadline_idx').on('deadline_changes').column('deadline_id').execute();

  if (pg) {
    await sql`comment on table calendar_days is 'Days off and make-up working days that differ from the Mon–Fri week, each with the document that decided it'`.execute(db);
    await sql`comment on table tracked_deadlines is 'Open legal deadlines of any module, recomputed when the calendar changes'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['deadline_changes', 'tracked_deadlines', 'calendar_settings', 'calendar_days']) await db.schema.dropTable(t).execute();
}
