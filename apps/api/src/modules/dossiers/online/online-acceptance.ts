/** The 2-hour alert and the 8-working-hour acceptance limit of an online dossier not yet accepted (rules.md §2.2). */
import { acceptanceWindowFrom, onlineDeadlines, parseInstant, type DossierState, type DossierSummary, type WorkingCalendar } from '@motcua/shared';
import type { DossierRow } from '../dossiers.queries.ts';

const awaitingAcceptance = new Set(['newly_registered', 'awaiting_online_correction']);

export function onlineAcceptanceOf(row: Pick<DossierRow, 'status' | 'registered_at' | 'state'>, now: string, calendar: WorkingCalendar): DossierSummary['onlineAcceptance'] {
  if (!row.registered_at || !awaitingAcceptance.has(row.status)) return null;
  const state = JSON.parse(row.state) as Pick<DossierState, 'registeredAt' | 'onlineResubmittedAt'>;
  const from = acceptanceWindowFrom({ registeredAt: row.registered_at, onlineResubmittedAt: state.onlineResubmittedAt ?? null });
  const d = from ? onlineDeadlines(from, calendar) : undefined;
  if (!d) return null;
  const at = parseInstant(now);
  const alertBy = new Date(d.alertBy).toISOString();
  const acceptBy = new Date(d.acceptBy).toISOString();
  // Waiting on the applicant's corrections is not the desk's delay: only a dossier the desk holds is flagged.
  const deskHolds = row.status === 'newly_registered';
  return { registeredAt: row.registered_at, resubmittedAt: state.onlineResubmittedAt ?? null, alertBy, acceptBy, alert: deskHolds && at >= parseInstant(alertBy), late: deskHolds && at > parseInstant(acceptBy) };
}

export const needsAcceptanceFacts = (rows: Pick<DossierRow, 'status'>[]) => rows.some((r) => awaitingAcceptance.has(r.status));
