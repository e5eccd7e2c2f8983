/**
 * Rebuilds a dossier's state from its action log: each logged action is applied again, in order, with the
 * facts it was taken with (who, when, the reason, the new date, the channel). The result must be the stored
 * state, status and due date; a difference names the first action where the log and the dossier part ways.
 * Pure: the caller loads the rows (loadReplayRows) and the calendar.
 */
import {
  applyAction, type DossierAction, type DossierActor, type DossierState, type DossierStatus, type LegalRuleTable, type TimeLimit, type WorkingCalendar,
} from '@motcua/shared';
import { dueAtFor } from './dossier-clock.ts';
import type { ActionRow } from './dossiers.queries.ts';

export interface ReplayInput {
  actions: readonly Pick<ActionRow, 'seq' | 'action' | 'actor_role' | 'at' | 'reason' | 'data' | 'to_status' | 'due_at_after'>[];
  timeLimit: TimeLimit | null;
  calendar: WorkingCalendar;
  /** Whether the dossier's workflow has an approval step (true without a workflow). */
  approvalRequired: boolean;
  rules?: LegalRuleTable;
}

export type ReplayResult =
  | { ok: true; state: DossierState; status: DossierStatus; dueAt: string | null }
  | { ok: false; seq: number; problem: string };

type LoggedData = { channel?: 'in_person' | 'postal'; newDueAt?: string | null; consultationId?: string; consultationIds?: string[] };

export function replayActionLog(input: ReplayInput): ReplayResult {
  let state: DossierState | null = null;
  let dueAt: string | null = null;
  const consulted = new Set<string>();
  for (const row of input.actions) {
    const data = JSON.parse(row.data) as LoggedData;
    const action = row.action as DossierAction;
    if (!row.actor_role) return { ok: false, seq: row.seq, problem: 'no role logged' };
    const result = applyAction(state, action, {
      roles: [row.actor_role as DossierActor], now: row.at, calendar: input.calendar, dueAt, reason: row.reason ?? undefined,
      newDueAt: data.newDueAt ?? undefined, channel: data.channel, approvalRequired: input.approvalRequired, openConsultations: consulted.size,
      ...(input.rules ? { rules: input.rules } : {}),
    });
    if (!result.ok) return { ok: false, seq: row.seq, problem: `refused: ${result.refusal.code}` };
    state = result.state;
    dueAt = dueAtFor(state, input.timeLimit, input.calendar);
    if (action === 'consult') for (const id of data.consultationIds ?? (data.consultationId ? [data.consultationId] : [])) consulted.add(id);
    if (action === 'answer_consultation' && data.consultationId) consulted.delete(data.consultationId);
    if (state.status !== row.to_status) return { ok: false, seq: row.seq, problem: `status ${state.status}, logged ${row.to_status}` };
    if (dueAt !== row.due_at_after) return { ok: false, seq: row.seq, problem: `due ${dueAt}, logged ${row.due_at_after}` };
  }
  if (!state) return { ok: false, seq: 0, problem: 'empty log' };
  return { ok: true, state, status: state.status, dueAt };
}
