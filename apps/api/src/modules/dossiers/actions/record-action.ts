/**
 * What every action writes besides the dossier row, in its transaction: the action-log row, the hand-over rows
 * (the sheet's row it ends and the rows it opens), the audit entry and the outbox event the other modules follow.
 * Receipt, online registration and every later action call this, so none can forget one of them.
 */
import { nationalStatusOf, type DossierStatus } from '@motcua/shared';
import type { DB } from '../../../db/schema.ts';
import type { AuditInput } from '../../../platform/audit/audit.ts';
import type { UnitOfWork } from '../../../platform/context.ts';
import { DOSSIER_EVENT, type DossierEvent } from '../dossier-events.ts';
import { insertAction } from '../action-log.queries.ts';
import { writeHandOvers, type HandOverWrites } from '../handovers.ts';

export interface ActionRecord {
  /** The dossier's code, for the outbox event. */
  code: string;
  log: DB['dossier_actions'];
  handOvers: HandOverWrites;
  audit: Pick<AuditInput, 'actor' | 'action' | 'orgUnitId' | 'data'>;
  requestId: string;
}

export async function recordAction(uow: UnitOfWork, record: ActionRecord): Promise<void> {
  const { log } = record;
  await insertAction(uow.trx, log);
  await writeHandOvers(uow.trx, record.handOvers);
  await uow.audit({ ...record.audit, entityType: 'dossier', entityId: log.dossier_id, requestId: record.requestId });
  const status = log.to_status as DossierStatus;
  const event: DossierEvent = { dossierId: log.dossier_id, code: record.code, action: log.action, seq: log.seq, status, nationalStatus: nationalStatusOf(status).code };
  await uow.enqueue(DOSSIER_EVENT, event);
}
