/** The dossier's appointment from its clock: the legal time limit from the receipt, with pauses, restarts and extensions. */
import { computeDueDate, dueAtOf, type DossierState, type TimeLimit, type WorkingCalendar } from '@motcua/shared';

export function dueAtFor(state: DossierState, limit: TimeLimit | null, calendar: WorkingCalendar): string | null {
  if (!limit) return lastExtension(state);
  return dueAtOf(state, limit, calendar);
}

/** Without a legal limit only an agreed new date (an apology) gives the dossier an appointment. */
function lastExtension(state: DossierState): string | null {
  const extension = [...state.clockEvents].reverse().find((e) => e.type === 'extend');
  return extension?.type === 'extend' ? (extension.until ?? null) : null;
}

export function explainClock(state: DossierState, limit: TimeLimit | null, calendar: WorkingCalendar) {
  if (!limit || !state.receivedAt) return { dueAt: lastExtension(state), paused: false, explanation: limit ? [] : ['Thủ tục không quy định thời hạn giải quyết theo ngày.'] };
  const result = computeDueDate({ start: state.receivedAt, timeLimit: limit, calendar, events: state.clockEvents });
  const ex = result.explanation;
  const lines = [ex.summary, ...ex.skippedDays.map((d) => `${d.date}: ${d.label}${d.name ? ` (${d.name})` : ''} — không tính`)];
  return { dueAt: result.dueAt, paused: result.paused !== null, explanation: lines };
}
