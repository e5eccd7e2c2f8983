import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

export const insertStoredFile = (ex: Kysely<DB> | Transaction<DB>, row: DB['stored_files']) => ex.insertInto('stored_files').values(row).execute();
export const insertStoredFiles = (ex: Kysely<DB> | Transaction<DB>, rows: DB['stored_files'][]) =>
  rows.length === 0 ? Promise.resolve() : ex.insertInto('stored_files').values(rows).execute().then(() => undefined);
export const findStoredFile = (ex: Kysely<DB> | Transaction<DB>, id: string) => ex.selectFrom('stored_files').selectAll().where('id', '=', id).executeTakeFirst();
