import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';

/** What every query function takes first: the database, or the transaction of the use case calling it. */
export type Executor = Kysely<DB> | Transaction<DB>;
