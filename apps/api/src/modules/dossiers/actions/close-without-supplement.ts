/** The supplement timer fired (`supplement-timer.ts`): the system closes the dossier if it still waits for that request. */
import type { DossierState } from '@motcua/shared';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { findDossier } from '../dossiers.queries.ts';
import { actOnDossier } from './act-on-dossier.ts';

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
