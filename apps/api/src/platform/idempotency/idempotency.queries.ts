import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export const insertPendingKey = (db: Kysely<DB>, row: DB['idempotency_keys']) => db.insertInto('idempotency_keys').values(row).execute();

export const findKey = (db: Kysely<DB>, scope: string, key: string) =>
  db.selectFrom('idempotency_keys').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst();

export const storeResponse = (db: Kysely<DB>, scope: string, key: string, status: number, body: string) =>
  db.updateTable('idempotency_keys').set({ state: 'done', response_status: status, response_body: body }).where('scope', '=', scope).where('key', '=', key).execute();

export const releaseKey = (db: Kysely<DB>, scope: string, key: string) =>
  db.deleteFrom('idempotency_keys').where('scope', '=', scope).where('key', '=', key).execute();
