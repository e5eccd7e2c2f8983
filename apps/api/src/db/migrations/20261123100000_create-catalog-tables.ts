import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';
  // Folded search text is ASCII compared byte by byte: "C" on PostgreSQL matches SQLite's BINARY, so ranges,
  // LIKE prefixes and ORDER BY give the same results on both engines and can use the indexes.
  const ascii = pg ? sql`text collate "C"` : sql`text`;
  const real = pg ? 'double precision' : 'real';
  const statuses = sql`('draft', 'published', 'amended', 'replaced', 'abolished')`;
  const onlineLevels = sql`('full', 'partial', 'none')`;
  const units = sql`('working_days', 'working_hours', 'days', 'months')`;
  const channels = sql`('in_person', 'online', 'postal')`;

  await db.schema
    .createTable('sectors')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('procedures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', ascii, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_unit_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('latest_version_id', 'text', (c) => (pg ? c : c.references('procedure_versions.id')))
    .addColumn('latest_version_number', 'integer', (c) => c.notNull())
    .addColumn('current_version_id', 'text', (c) => (pg ? c : c.references('procedure_versions.id')))
    .addColumn('current_version_number', 'integer')
    .addColumn('replaced_by_procedure_id', 'text', (c) => c.references('procedures.id'))
    .addColumn('first_published_at', ts)
    .addColumn('published_at', ts)
    // Projection of the current (public) version, or of the latest one while still a draft: the search reads only this row.
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_folded', ascii, (c) => c.notNull())
    .addColumn('code_folded', ascii, (c) => c.notNull())
    .addColumn('sector_code', 'text', (c) => c.notNull().references('sectors.code'))
    .addColumn('levels_key', 'text', (c) => c.notNull())
    .addColumn('subjects_key', 'text', (c) => c.notNull())
    .addColumn('online_level', 'text', (c) => c.notNull())
    .addColumn('competent_agency', 'text')
    .addColumn('time_limit_value', real)
    .addColumn('time_limit_unit', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('procedures_code_key', ['code'])
    .addCheckConstraint('procedures_status_check', sql`status in ${statuses}`)
    .addCheckConstraint('procedures_online_level_check', sql`online_level in ${onlineLevels}`)
    .addCheckConstraint('procedures_time_limit_unit_check', sql`time_limit_unit is null or time_limit_unit in ${units}`)
    .execute();
  await db.schema.createIndex('procedures_status_name_idx').on('procedures').columns(['status', 'name_folded']).execute();
  await db.schema.createIndex('procedures_sector_idx').on('procedures').columns(['sector_code', 'status']).execute();

  await db.schema
    .createTable('procedure_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('change_note', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('officers.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_folded', ascii, (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('sector_code', 'text', (c) => c.notNull().references('sectors.code'))
    .addColumn('sector_name', 'text', (c) => c.notNull())
    .addColumn('levels', 'text', (c) => c.notNull())
    .addColumn('subjects', 'text', (c) => c.notNull())
    .addColumn('competent_agency', 'text')
    .addColumn('implementing_agency', 'text')
    .addColumn('authorised_agency', 'text')
    .addColumn('coordinating_agency', 'text')
    .addColumn('receiving_address', 'text')
    .addColumn('steps', 'text')
    .addColumn('conditions', 'text')
    .addColumn('results', 'text', (c) => c.notNull())
    .addColumn('related', 'text', (c) => c.notNull())
    .addColumn('inter_agency', 'integer', (c) => c.notNull())
    .addColumn('online_level', 'text', (c) => c.notNull())
    .addColumn('postal', 'integer', (c) => c.notNull())
    .addColumn('on_the_spot', 'integer', (c) => c.notNull())
    .addColumn('owner_unit_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('import_issues', 'text')
    .addUniqueConstraint('procedure_versions_number_key', ['procedure_id', 'number'])
    .addCheckConstraint('procedure_versions_source_check', sql`source in ('edit', 'import', 'package')`)
    .addCheckConstraint('procedure_versions_online_level_check', sql`online_level in ${onlineLevels}`)
    .addCheckConstraint('procedure_versions_flags_check', sql`inter_agency in (0, 1) and postal in (0, 1) and on_the_spot in (0, 1)`)
    .execute();
  // SQLite accepts a reference to a table created later; PostgreSQL needs it to exist first.
  if (pg) {
    await sql`alter table procedures add constraint procedures_latest_version_fkey foreign key (latest_version_id) references procedure_versions (id)`.execute(db);
    await sql`alter table procedures add constraint procedures_current_version_fkey foreign key (current_version_id) references procedure_versions (id)`.execute(db);
  }

  await db.schema
    .createTable('procedure_legal_bases')
    .addColumn('version_id', 'text', (c) => c.notNull().references('procedure_versions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text')
    .addColumn('issuer', 'text')
    .addColumn('effective_on', 'text')
    .addPrimaryKeyConstraint('procedure_legal_bases_pkey', ['version_id', 'position'])
    .execute();

  await db.schema
    .createTable('procedure_variants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) => c.notNull().references('procedure_versions.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('time_limit_value', real)
    .addColumn('time_limit_unit', 'text')
    .addColumn('time_limit_note', 'text')
    .addColumn('e_form', 'text')
    .addUniqueConstraint('procedure_variants_key_key', ['version_id', 'key'])
    .addCheckConstraint('procedure_variants_time_limit_check', sql`(time_limit_value is null) = (time_limit_unit is null) and (time_limit_unit is null or time_limit_unit in ${units})`)
    .execute();

  await db.schema
    .createTable('variant_channels')
    .addColumn('variant_id', 'text', (c) => c.notNull().references('procedure_variants.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('time_limit_value', real)
    .addColumn('time_limit_unit', 'text')
    .addColumn('description', 'text')
    .addPrimaryKeyConstraint('variant_channels_pkey', ['variant_id', 'channel'])
    .addCheckConstraint('variant_channels_channel_check', sql`channel in ${channels}`)
    .addCheckConstraint('variant_channels_time_limit_check', sql`(time_limit_value is null) = (time_limit_unit is null) and (time_limit_unit is null or time_limit_unit in ${units})`)
    .execute();

  await db.schema
    .createTable('variant_fees')
    .addColumn('variant_id', 'text', (c) => c.notNull().references('procedure_variants.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint')
    .addColumn('label', 'text')
    .addColumn('note', 'text')
    .addColumn('exemptions', 'text')
    .addPrimaryKeyConstraint('variant_fees_pkey', ['variant_id', 'position'])
    .addCheckConstraint('variant_fees_channel_check', sql`channel in ${channels}`)
    .addCheckConstraint('variant_fees_kind_check', sql`kind in ('amount', 'free', 'set_by_council', 'other')`)
    .addCheckConstraint('variant_fees_amount_check', sql`(kind = 'amount') = (amount is not null) and (amount is null or amount >= 0)`)
    .execute();

  await db.schema
    .createTable('variant_documents')
    .addColumn('variant_id', 'text', (c) => c.notNull().references('procedure_variants.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('group_kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('originals', 'integer', (c) => c.notNull())
    .addColumn('copies', 'integer', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull())
    .addColumn('condition', 'text')
    .addColumn('form_name', 'text')
    .addColumn('form_file_id', 'text', (c) => c.references('stored_files.id'))
    .addColumn('form_url', 'text')
    .addPrimaryKeyConstraint('variant_documents_pkey', ['variant_id', 'position'])
    .addCheckConstraint('variant_documents_group_check', sql`group_kind in ('submit', 'present')`)
    .addCheckConstraint('variant_documents_counts_check', sql`originals >= 0 and copies >= 0 and required in (0, 1)`)
    .execute();
  await db.schema.createIndex('variant_documents_form_file_idx').on('variant_documents').column('form_file_id').execute();

  await db.schema
    .createTable('procedure_search_terms')
    .addColumn('term', ascii, (c) => c.notNull())
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id').onDelete('cascade'))
    .addColumn('in_name', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('procedure_search_terms_pkey', ['term', 'procedure_id'])
    .addCheckConstraint('procedure_search_terms_in_name_check', sql`in_name in (0, 1)`)
    .execute();
  await db.schema.createIndex('procedure_search_terms_procedure_idx').on('procedure_search_terms').column('procedure_id').execute();

  await db.schema
    .createTable('procedure_units')
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('procedure_units_pkey', ['procedure_id', 'unit_id', 'role'])
    .addCheckConstraint('procedure_units_role_check', sql`role in ('competent', 'implementing', 'authorised', 'coordinating')`)
    .execute();
  await db.schema.createIndex('procedure_units_unit_idx').on('procedure_units').column('unit_id').execute();

  await db.schema
    .createTable('publication_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('signed_on', 'text')
    .addColumn('signer', 'text')
    .addColumn('issuer', 'text')
    .addColumn('issuer_level', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text')
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('legal_basis_effective_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('issued_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('officers.id'))
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('publication_decisions_number_key', ['number'])
    .addCheckConstraint('publication_decisions_status_check', sql`status in ('draft', 'issued')`)
    .addCheckConstraint('publication_decisions_issuer_level_check', sql`issuer_level in ('province', 'ministry')`)
    .addCheckConstraint('publication_decisions_issued_check', sql`(status = 'issued') = (issued_at is not null)`)
    .execute();

  await db.schema
    .createTable('publication_decision_items')
    .addColumn('decision_id', 'text', (c) => c.notNull().references('publication_decisions.id').onDelete('cascade'))
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('replaced_by_procedure_id', 'text', (c) => c.references('procedures.id'))
    .addColumn('version_id', 'text', (c) => c.references('procedure_versions.id'))
    .addColumn('published_at', ts)
    .addColumn('incomplete', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('missing', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('publication_decision_items_pkey', ['decision_id', 'procedure_id'])
    .addCheckConstraint('publication_decision_items_action_check', sql`action in ('new', 'amended', 'replaced', 'abolished')`)
    .addCheckConstraint('publication_decision_items_incomplete_check', sql`incomplete in (0, 1)`)
    .execute();
  await db.schema.createIndex('publication_decision_items_procedure_idx').on('publication_decision_items').column('procedure_id').execute();
  await db.schema.createIndex('publication_decision_items_version_idx').on('publication_decision_items').column('version_id').execute();

  await db.schema
    .createTable('service_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decision_id', 'text', (c) => c.references('publication_decisions.id'))
    .addColumn('published_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('officers.id'))
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addCheckConstraint(
      'service_lists_kind_check',
      sql`kind in ('received_at_desk', 'not_received_at_desk', 'inter_agency', 'on_the_spot', 'online_full', 'online_partial')`,
    )
    .addCheckConstraint('service_lists_status_check', sql`status in ('draft', 'published', 'superseded')`)
    .execute();
  await db.schema.createIndex('service_lists_unit_idx').on('service_lists').columns(['unit_id', 'kind', 'status']).execute();
  await db.schema.createIndex('service_lists_decision_idx').on('service_lists').column('decision_id').execute();

  await db.schema
    .createTable('service_list_items')
    .addColumn('list_id', 'text', (c) => c.notNull().references('service_lists.id').onDelete('cascade'))
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedures.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('agency_unit_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('service_list_items_pkey', ['list_id', 'procedure_id'])
    .execute();
  await db.schema.createIndex('service_list_items_procedure_idx').on('service_list_items').column('procedure_id').execute();

  if (pg) {
    await sql`comment on table procedure_versions is 'Immutable snapshots of a procedure record; dossiers pin the version they were received under'`.execute(db);
    await sql`comment on column procedures.current_version_id is 'The version made public by the latest issued publication decision'`.execute(db);
    await sql`comment on column procedures.name_folded is 'Lower-case name without diacritics (đ→d), computed in TypeScript for engine-independent search'`.execute(db);
    await sql`comment on table procedure_search_terms is 'Folded words of the current version: candidate lookup for public search'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  if (pg) {
    await sql`alter table procedures drop constraint procedures_latest_version_fkey`.execute(db);
    await sql`alter table procedures drop constraint procedures_current_version_fkey`.execute(db);
  }
  for (const t of [
    'service_list_items', 'service_lists', 'publication_decision_items', 'publication_decisions', 'procedure_units',
    'procedure_search_terms', 'variant_documents', 'variant_fees', 'variant_channels', 'procedure_variants',
    'procedure_legal_bases', 'procedure_versions', 'procedures', 'sectors',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
