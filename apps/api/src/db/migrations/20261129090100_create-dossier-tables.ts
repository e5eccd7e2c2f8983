import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';
  const real = pg ? 'double precision' : 'real';
  const statuses = sql`('newly_registered', 'awaiting_online_correction', 'received', 'awaiting_assignment', 'in_progress', 'consulting',
    'awaiting_approval', 'awaiting_signature', 'awaiting_issue', 'supplement_requested', 'financial_obligation_requested', 'result_ready',
    'returned', 'correcting_result', 'refused', 'stopped', 'withdrawn', 'closed_without_supplement')`;

  // The daily sequence of dossier codes per agency identifier and Vietnam receipt date; taken inside the
  // receipt's transaction, so a rolled-back receipt leaves no gap and two receipts never share a number.
  await db.schema
    .createTable('dossier_code_sequences')
    .addColumn('agency_code', 'text', (c) => c.notNull())
    .addColumn('receipt_date', 'text', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('dossier_code_sequences_pkey', ['agency_code', 'receipt_date'])
    .execute();

  await db.schema
    .createTable('dossiers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('procedure_version_id', 'text', (c) => c.notNull().references('procedure_versions.id'))
    .addColumn('procedure_code', 'text', (c) => c.notNull())
    .addColumn('procedure_name', 'text', (c) => c.notNull())
    .addColumn('variant_key', 'text', (c) => c.notNull())
    .addColumn('variant_name', 'text', (c) => c.notNull())
    .addColumn('workflow_version_id', 'text', (c) => c.references('workflow_versions.id'))
    .addColumn('receiving_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('competent_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    // Where the dossier is now (the desk, the agency, a division): the work queues read this.
    .addColumn('current_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('assignee_id', 'text', (c) => c.references('officers.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('national_status', 'integer', (c) => c.notNull())
    .addColumn('is_open', 'integer', (c) => c.notNull())
    .addColumn('on_the_spot', 'integer', (c) => c.notNull())
    .addColumn('applicant_kind', 'text', (c) => c.notNull())
    .addColumn('applicant_name', 'text', (c) => c.notNull())
    // Citizen ID number (12 digits) or tax code; never logged.
    .addColumn('applicant_identifier', 'text', (c) => c.notNull())
    .addColumn('applicant_phone', 'text')
    .addColumn('applicant_email', 'text')
    .addColumn('applicant_address', 'text')
    .addColumn('request_summary', 'text')
    .addColumn('sets', 'integer', (c) => c.notNull())
    .addColumn('time_limit_value', real)
    .addColumn('time_limit_unit', 'text')
    .addColumn('registered_at', ts)
    .addColumn('received_at', ts)
    .addColumn('due_at', ts)
    .addColumn('ended_at', ts)
    .addColumn('returned_at', ts)
    .addColumn('return_method', 'text')
    .addColumn('current_step_index', 'integer')
    .addColumn('step_due_at', ts)
    .addColumn('supplement_requests', 'integer', (c) => c.notNull())
    .addColumn('apologies', 'integer', (c) => c.notNull())
    .addColumn('flags', 'text', (c) => c.notNull())
    // The state machine's memory (DossierState of packages/shared) as JSON; the action log can rebuild it.
    .addColumn('state', 'text', (c) => c.notNull())
    // Bumped by every action: an action based on an older version is refused (409), never half-applied.
    .addColumn('row_version', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('dossiers_code_key', ['code'])
    .addCheckConstraint('dossiers_status_check', sql`status in ${statuses}`)
    .addCheckConstraint('dossiers_channel_check', sql`channel in ('in_person', 'online', 'postal')`)
    .addCheckConstraint('dossiers_applicant_kind_check', sql`applicant_kind in ('individual', 'organisation')`)
    .addCheckConstraint('dossiers_national_status_check', sql`national_status between 1 and 10`)
    .addCheckConstraint('dossiers_flags_check', sql`is_open in (0, 1) and on_the_spot in (0, 1)`)
    .addCheckConstraint('dossiers_return_method_check', sql`return_method is null or return_method in ('desk', 'post', 'electronic')`)
    .execute();
  // Work queues: open dossiers of a unit or an officer by due date.
  await db.schema.createIndex('dossiers_unit_queue_idx').on('dossiers').columns(['current_unit_id', 'is_open', 'due_at']).execute();
  await db.schema.createIndex('dossiers_assignee_queue_idx').on('dossiers').columns(['assignee_id', 'is_open', 'due_at']).execute();
  await db.schema.createIndex('dossiers_unit_status_idx').on('dossiers').columns(['current_unit_id', 'status']).execute();
  // Waiting for the applicant (clock paused, no due date): by unit, oldest request first. The queue query writes the
  // same literal list so both planners match this partial index.
  await db.schema
    .createIndex('dossiers_waiting_queue_idx')
    .on('dossiers')
    .columns(['current_unit_id', 'updated_at'])
    .where(sql.ref('status'), 'in', sql`('supplement_requested', 'financial_obligation_requested', 'awaiting_online_correction')`)
    .execute();
  await db.schema.createIndex('dossiers_register_idx').on('dossiers').columns(['receiving_unit_id', 'received_at']).execute();
  await db.schema.createIndex('dossiers_competent_idx').on('dossiers').columns(['competent_unit_id', 'received_at']).execute();

  // The append-only action log: the dossier's history, from which `state` can be replayed.
  await db.schema
    .createTable('dossier_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_name', 'text')
    .addColumn('actor_role', 'text')
    .addColumn('unit_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('flags', 'text', (c) => c.notNull())
    .addColumn('due_at_after', ts)
    .addUniqueConstraint('dossier_actions_seq_key', ['dossier_id', 'seq'])
    .execute();

  await db.schema
    .createTable('dossier_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull())
    .addColumn('originals', 'integer', (c) => c.notNull())
    .addColumn('copies', 'integer', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.references('stored_files.id'))
    .addColumn('action_seq', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addCheckConstraint('dossier_documents_source_check', sql`source in ('checklist', 'supplement', 'scan', 'result', 'internal')`)
    .execute();
  await db.schema.createIndex('dossier_documents_dossier_idx').on('dossier_documents').columns(['dossier_id', 'position']).execute();

  // The process-control sheet: one row per hand-over, from whom to whom, when, and early / on time / late.
  await db.schema
    .createTable('dossier_handovers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('step_index', 'integer')
    .addColumn('step_name', 'text', (c) => c.notNull())
    .addColumn('step_kind', 'text', (c) => c.notNull())
    .addColumn('from_unit_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('from_officer_id', 'text', (c) => c.references('officers.id'))
    .addColumn('to_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('to_officer_id', 'text', (c) => c.references('officers.id'))
    .addColumn('started_at', ts, (c) => c.notNull())
    .addColumn('budget_value', real)
    .addColumn('budget_unit', 'text')
    .addColumn('due_at', ts)
    .addColumn('ended_at', ts)
    .addColumn('outcome', 'text')
    .addColumn('timeliness', 'text')
    .addColumn('note', 'text')
    .addUniqueConstraint('dossier_handovers_seq_key', ['dossier_id', 'seq'])
    .addCheckConstraint('dossier_handovers_timeliness_check', sql`timeliness is null or timeliness in ('early', 'on_time', 'late')`)
    .execute();

  // Inter-agency processing: the agencies of a dossier, their roles, order and deadlines.
  await db.schema
    .createTable('dossier_agencies')
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('task', 'text')
    .addColumn('budget_value', real)
    .addColumn('budget_unit', 'text')
    .addColumn('started_at', ts)
    .addColumn('due_at', ts)
    .addColumn('completed_at', ts)
    .addColumn('result_note', 'text')
    .addColumn('timeliness', 'text')
    .addPrimaryKeyConstraint('dossier_agencies_pkey', ['dossier_id', 'unit_id'])
    .addCheckConstraint('dossier_agencies_role_check', sql`role in ('lead', 'participant', 'higher_level')`)
    .addCheckConstraint('dossier_agencies_mode_check', sql`mode in ('parallel', 'sequence', 'escalation')`)
    .execute();
  await db.schema.createIndex('dossier_agencies_unit_idx').on('dossier_agencies').columns(['unit_id', 'completed_at']).execute();

  await db.schema
    .createTable('dossier_consultations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.references('officers.id'))
    .addColumn('requested_at', ts, (c) => c.notNull())
    .addColumn('due_at', ts, (c) => c.notNull())
    .addColumn('answered_at', ts)
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('officers.id'))
    .addColumn('timeliness', 'text')
    .execute();
  await db.schema.createIndex('dossier_consultations_dossier_idx').on('dossier_consultations').column('dossier_id').execute();
  await db.schema.createIndex('dossier_consultations_unit_idx').on('dossier_consultations').columns(['unit_id', 'answered_at']).execute();

  await db.schema
    .createTable('dossier_obligations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('requested_at', ts, (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.references('officers.id'))
    .addColumn('paid_at', ts)
    .addColumn('receipt_number', 'text')
    .addColumn('payment_method', 'text')
    .addColumn('recorded_by', 'text', (c) => c.references('officers.id'))
    .addCheckConstraint('dossier_obligations_amount_check', sql`amount >= 0`)
    .execute();
  await db.schema.createIndex('dossier_obligations_dossier_idx').on('dossier_obligations').column('dossier_id').execute();

  await db.schema
    .createTable('dossier_results')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.references('stored_files.id'))
    .addColumn('issued_at', ts, (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.references('officers.id'))
    .addColumn('returned_at', ts)
    .addColumn('return_method', 'text')
    .addUniqueConstraint('dossier_results_code_key', ['code'])
    .addUniqueConstraint('dossier_results_number_key', ['dossier_id', 'number'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['dossier_results', 'dossier_obligations', 'dossier_consultations', 'dossier_agencies', 'dossier_handovers', 'dossier_documents', 'dossier_actions', 'dossiers', 'dossier_code_sequences']) {
    await db.schema.dropTable(table).execute();
  }
}
