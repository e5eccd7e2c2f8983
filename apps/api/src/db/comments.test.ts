/**
 * docs/DATABASE.md promises a comment on every table and column (PostgreSQL only: SQLite has none). A migration
 * adding a table or column without its comment fails here.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../test/test-database.ts';

describe.runIf(testEngines().includes('postgres'))('schema documentation on PostgreSQL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await t.destroy();
    await t.drop();
  });

  it('has a comment on every table and every column, apart from the migrator\'s own tables', async () => {
    const { rows } = await sql<{ missing: string }>`
      select c.relname || '.' || a.attname as missing
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where c.relkind in ('r', 'p') and c.relname not in ('schema_migrations', 'schema_migrations_lock')
        and col_description(c.oid, a.attnum) is null
      union
      select c.relname
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
      where c.relkind in ('r', 'p') and c.relname not in ('schema_migrations', 'schema_migrations_lock')
        and obj_description(c.oid, 'pg_class') is null
      order by 1`.execute(t.db);
    expect(rows.map((r) => r.missing)).toEqual([]);
  });

  it('names each of the dossier\'s 0/1 flag checks after the column it checks', async () => {
    const { rows } = await sql<{ name: string; definition: string }>`
      select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
      where conrelid = 'dossiers'::regclass and contype = 'c' and conname in ('dossiers_flags_check', 'dossiers_is_open_check', 'dossiers_on_the_spot_check')
      order by conname`.execute(t.db);
    expect(rows).toEqual([
      { name: 'dossiers_is_open_check', definition: 'CHECK ((is_open = ANY (ARRAY[0, 1])))' },
      { name: 'dossiers_on_the_spot_check', definition: 'CHECK ((on_the_spot = ANY (ARRAY[0, 1])))' },
    ]);
  });
});
