import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type IdempotencyKeyRow = DB['idempotency_keys'];

/** A key that has not expired (created after `expiredBefore`). */
export const findLiveKey = (db: Executor, scope: string, key: string, expiredBefore: string) =>
  db.selectFrom('idempotency_keys').selectAll().where('scope', '=', scope).where('key', '=', key).where('created_at', '>', expiredBefore).executeTakeFirst();

/**
 * Writes the key in the business transaction. An expired row with the same key is taken over; a live one (committed
 * by another request, or being written by a transaction this one waits for) leaves nothing written: returns false.
 */
export async function insertKeyInTransaction(trx: Transaction<DB>, row: IdempotencyKeyRow, expiredBefore: string): Promise<boolean> {
  const result = await trx
    .insertInto('idempotency_keys')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['scope', 'key'])
        .doUpdateSet((eb) => ({
          method: eb.ref('excluded.method'),
          path: eb.ref('excluded.path'),
          request_hash: eb.ref('excluded.request_hash'),
          state: eb.ref('excluded.state'),
          response_status: null,
          response_body: null,
          outcome: null,
          created_at: eb.ref('excluded.created_at'),
        }))
        .where('idempotency_keys.created_at', '<=', expiredBefore),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export const recordOutcome = (trx: Transaction<DB>, scope: string, key: string, outcome: string) =>
  trx.updateTable('idempotency_keys').set({ outcome }).where('scope', '=', scope).where('key', '=', key).execute();

export const storeResponse = (db: Executor, scope: string, key: string, status: number, body: string) =>
  db.updateTable('idempotency_keys').set({ state: 'done', response_status: status, response_body: body }).where('scope', '=', scope).where('key', '=', key).execute();

export async function purgeExpiredKeys(db: Executor, expiredBefore: string): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<=', expiredBefore).executeTakeFirst();
  return Number(result.numDeletedRows);
}
