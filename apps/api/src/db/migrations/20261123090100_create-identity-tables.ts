import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: no imports from the application.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const ts = pg ? 'timestamptz' : 'text';

  await db.schema
    .createTable('org_levels')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull())
    .execute();
  await db
    .insertInto('org_levels')
    .values([
      { code: 'province', name: 'Cấp tỉnh', name_en: 'Province level', rank: 1 },
      { code: 'commune', name: 'Cấp xã', name_en: 'Commune level', rank: 3 },
    ])
    .execute();

  await db.schema
    .createTable('org_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('org_units.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level_code', 'text', (c) => c.notNull().references('org_levels.code'))
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('org_units_code_key', ['code'])
    .addCheckConstraint(
      'org_units_kind_check',
      sql`kind in ('committee', 'office', 'division', 'department', 'agency', 'service_centre', 'desk')`,
    )
    .addCheckConstraint('org_units_is_active_check', sql`is_active in (0, 1)`)
    .execute();
  await db.schema.createIndex('org_units_parent_idx').on('org_units').column('parent_id').execute();
  await db.schema.createIndex('org_units_path_idx').on('org_units').column('path').execute();

  await db.schema
    .createTable('officers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('totp_secret', 'text')
    .addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_login_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', ts)
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('officers_username_key', ['username'])
    .addCheckConstraint('officers_flags_check', sql`totp_enabled in (0, 1) and is_active in (0, 1)`)
    .execute();

  await db.schema
    .createTable('officer_roles')
    .addColumn('officer_id', 'text', (c) => c.notNull().references('officers.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('org_unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('officer_roles_pkey', ['officer_id', 'role', 'org_unit_id'])
    .addCheckConstraint(
      'officer_roles_role_check',
      sql`role in ('system_admin', 'control_officer', 'desk_officer', 'specialist', 'leader', 'viewer')`,
    )
    .execute();
  await db.schema.createIndex('officer_roles_unit_idx').on('officer_roles').column('org_unit_id').execute();

  await db.schema
    .createTable('applicants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('citizen_id', 'text')
    .addColumn('tax_code', 'text')
    .addColumn('date_of_birth', 'text')
    .addColumn('address', 'text')
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('applicants_email_key', ['email'])
    .addUniqueConstraint('applicants_phone_key', ['phone'])
    .addCheckConstraint('applicants_kind_check', sql`kind in ('citizen', 'organisation', 'business')`)
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('principal_kind', 'text', (c) => c.notNull())
    .addColumn('principal_id', 'text', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('last_seen_at', ts, (c) => c.notNull())
    .addColumn('idle_expires_at', ts, (c) => c.notNull())
    .addColumn('absolute_expires_at', ts, (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .addCheckConstraint('sessions_principal_kind_check', sql`principal_kind in ('officer', 'applicant')`)
    .execute();
  await db.schema.createIndex('sessions_principal_idx').on('sessions').columns(['principal_kind', 'principal_id']).execute();

  if (pg) {
    await sql`comment on column org_units.path is 'Materialised path of ids (/root/…/self/) used to scope data to a unit subtree'`.execute(db);
    await sql`comment on column sessions.id is 'sha256 of the session token; the token itself lives only in the cookie'`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['sessions', 'applicants', 'officer_roles', 'officers', 'org_units', 'org_levels']) {
    await db.schema.dropTable(t).execute();
  }
}
