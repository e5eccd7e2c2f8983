import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

export const insertStoredFile = (ex: Kysely<DB> | Transaction<DB>, row: DB['stored_files']) => ex.insertInto('stored_files').values(row).execute();
export const findStoredFile = (ex: Kysely<DB> | Transaction<DB>, id: string) => ex.selectFrom('stored_files').selectAll().where('id', '=', id).executeTakeFirst();
