/**
 * A dossier waiting for a supplement is closed by the system once the configured time has run out without it
 * (Decree 118 Art. 19: 15 days). The timer is a durable job written with the supplement request; when it fires
 * it closes the dossier only if it is still waiting for that same request.
 */
import { supplementClosableAt, type DossierState, type WorkingCalendar } from '@motcua/shared';
import type { AppContext, UnitOfWork } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { actOnDossier } from './actions/act-on-dossier.ts';
import { findDossier } from './dossiers.queries.ts';

export const SUPPLEMENT_TIMER = 'dossier.close_if_no_supplement';

export async function scheduleSupplementTimer(uow: UnitOfWork, dossierId: string, calendar: WorkingCalendar): Promise<void> {
  const runAt = supplementClosableAt(uow.now, calendar);
  if (runAt) await uow.enqueue(SUPPLEMENT_TIMER, { dossierId, requestedAt: uow.now }, { runAt: new Date(runAt).toISOString() });
}

/** Returns whether the dossier was closed. */
export async function closeIfNoSupplement(ctx: AppContext, payload: { dossierId: string; requestedAt: string }): Promise<boolean> {
  const row = await findDossier(ctx.db, payload.dossierId);
  if (!row || row.status !== 'supplement_requested') return false;
  const state = JSON.parse(row.state) as DossierState;
  if (state.supplementRequestedAt !== payload.requestedAt) return false;
  try {
    await actOnDossier(ctx, null, row.id, 'close_without_supplement', { expectedVersion: row.row_version, reason: 'Quá thời hạn bổ sung hồ sơ mà người nộp không bổ sung' }, `timer-${row.id}`);
    return true;
  } catch (error) {
    // Someone acted first, or the rule says the applicant still has time: nothing to do.
    if (error instanceof AppError && ['STALE_VERSION', 'ACTION_NOT_ALLOWED'].includes(error.code)) return false;
    throw error;
  }
}
