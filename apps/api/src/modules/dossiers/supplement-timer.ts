/**
 * A dossier waiting for a supplement is closed by the system once the configured time has run out without it
 * (Decree 118 Art. 19: 15 days). The timer is a durable job written with the supplement request; when it fires
 * it closes the dossier only if it is still waiting for that same request (`actions/close-without-supplement.ts`).
 */
import { supplementClosableAt, type WorkingCalendar } from '@motcua/shared';
import type { UnitOfWork } from '../../platform/context.ts';

export const SUPPLEMENT_TIMER = 'dossier.close_if_no_supplement';

export async function scheduleSupplementTimer(uow: UnitOfWork, dossierId: string, calendar: WorkingCalendar): Promise<void> {
  const runAt = supplementClosableAt(uow.now, calendar);
  if (runAt) await uow.enqueue(SUPPLEMENT_TIMER, { dossierId, requestedAt: uow.now }, { runAt: new Date(runAt).toISOString() });
}
