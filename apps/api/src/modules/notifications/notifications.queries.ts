import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type DeliveryRow = DB['notification_deliveries'];

export const findDelivery = (ex: Executor, dossierId: string, actionSeq: number, channel: DeliveryRow['channel']) =>
  ex.selectFrom('notification_deliveries').selectAll().where('dossier_id', '=', dossierId).where('action_seq', '=', actionSeq).where('channel', '=', channel).executeTakeFirst();

/** Records the outcome of an attempt; the (dossier, action, channel) row is written once and then only updated. */
export async function recordDelivery(ex: Executor, row: DeliveryRow): Promise<void> {
  await ex
    .insertInto('notification_deliveries')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['dossier_id', 'action_seq', 'channel']).doUpdateSet({
        template: row.template, status: row.status, attempts: row.attempts, provider_id: row.provider_id, error: row.error, updated_at: row.updated_at, sent_at: row.sent_at,
      }),
    )
    .execute();
}

export const listDeliveries = (ex: Executor, dossierId: string) =>
  ex.selectFrom('notification_deliveries').selectAll().where('dossier_id', '=', dossierId).orderBy('action_seq', 'desc').orderBy('channel').execute();
