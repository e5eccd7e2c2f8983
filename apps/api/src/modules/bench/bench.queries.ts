import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export const insertBenchItem = (db: Kysely<DB>, row: DB['bench_items']) => db.insertInto('bench_items').values(row).execute();
export const findBenchItem = (db: Kysely<DB>, id: string) => db.selectFrom('bench_items').selectAll().where('id', '=', id).executeTakeFirst();
