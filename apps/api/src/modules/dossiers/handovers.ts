/**
 * The process-control sheet (Form 06): a row each time the dossier changes hands — another unit, another
 * officer or the next workflow step. A closed row is early / on time / late against its step budget.
 */
import {
  classifyTimeliness, computeDueAt, legalRules, onlineDeadlines, ruleAt, type DossierAction, type DossierStatus, type StepBudget, type WorkflowStep, type WorkingCalendar,
} from '@motcua/shared';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../platform/ids.ts';
import { closeHandover, insertHandover, lastHandoverSeq, openHandover, type Executor } from './dossiers.queries.ts';

export function stepDueAt(from: string, budget: StepBudget, calendar: WorkingCalendar): string | null {
  return computeDueAt(from, { value: budget.value, unit: budget.unit }, calendar);
}

/**
 * The budget and due of the desk's receive row of an online dossier: the legal acceptance limit (rules.md §2.2)
 * counted from `from` (its registration, or the corrected submission), whatever the workflow says of paper receipts.
 */
export function acceptanceRow(from: string, calendar: WorkingCalendar): Pick<DB['dossier_handovers'], 'budget_value' | 'budget_unit' | 'due_at'> {
  const rule = ruleAt('onlineAcceptanceWithin', from, legalRules);
  const deadlines = onlineDeadlines(from, calendar);
  return { budget_value: rule?.value.value ?? null, budget_unit: rule?.value.unit ?? null, due_at: deadlines ? new Date(deadlines.acceptBy).toISOString() : null };
}

/** Ends the open row, judged against its due; returns it (undefined when none was open). */
async function closeOpenRow(ex: Executor, dossierId: string, now: string, outcome: string) {
  const open = await openHandover(ex, dossierId);
  if (open) await closeHandover(ex, open.id, { ended_at: now, outcome, timeliness: open.due_at ? classifyTimeliness(now, open.due_at) : null });
  return open;
}

export interface Holder {
  unitId: string;
  officerId: string | null;
  stepIndex: number | null;
}

export interface HandOverInput {
  dossierId: string;
  now: string;
  from: Holder & { actorId: string | null };
  to: Holder;
  /** The step now in force (null without a workflow). */
  step: WorkflowStep | undefined;
  /** Name and kind of the row when there is no workflow step. */
  fallback: { name: string; kind: WorkflowStep['kind'] };
  outcome: string;
  note: string | null;
  calendar: WorkingCalendar;
  /** The dossier left the agency's hands for good (result returned, stopped…): close without a new row. */
  final: boolean;
}

/** Closes the open row and opens the next one if the holder or the step changed. Returns the open step's due. */
export async function handOver(ex: Executor, input: HandOverInput): Promise<string | null | undefined> {
  const changed = input.final || input.from.unitId !== input.to.unitId || input.from.officerId !== input.to.officerId || input.from.stepIndex !== input.to.stepIndex;
  if (!changed) return undefined;
  const open = await closeOpenRow(ex, input.dossierId, input.now, input.outcome);
  if (input.final) return null;
  // A new officer within the same step inherits the step's deadline; a new step starts its own budget.
  const sameStep = open !== undefined && input.from.stepIndex === input.to.stepIndex && input.to.stepIndex !== null;
  const dueAt = sameStep ? open.due_at : input.step ? stepDueAt(input.now, input.step.budget, input.calendar) : null;
  await insertHandover(ex, {
    id: newId(), dossier_id: input.dossierId, seq: (await lastHandoverSeq(ex, input.dossierId)) + 1, step_index: input.to.stepIndex,
    step_name: input.step?.name ?? input.fallback.name, step_kind: input.step?.kind ?? input.fallback.kind,
    from_unit_id: input.from.unitId, from_officer_id: input.from.actorId, to_unit_id: input.to.unitId, to_officer_id: input.to.officerId,
    started_at: input.now, budget_value: sameStep ? open.budget_value : (input.step?.budget.value ?? null), budget_unit: sameStep ? open.budget_unit : (input.step?.budget.unit ?? null),
    due_at: dueAt, ended_at: null, outcome: null, timeliness: null, note: input.note,
  });
  return dueAt;
}

/**
 * A round of online corrections before acceptance (rules.md §2.2). Asking for corrections ends the desk's receive row
 * (judged against its acceptance limit) and the dossier waits on the applicant with no row open; the corrected
 * submission opens a new receive row at the desk with the acceptance limit counted from its arrival. Returns the
 * step's new due (null while waiting), or undefined when the action is not part of such a round.
 */
export async function correctionRoundHandOver(
  ex: Executor,
  input: { dossierId: string; action: DossierAction; from: DossierStatus | null; deskId: string; actorId: string | null; now: string; calendar: WorkingCalendar; stepIndex: number | null; stepName: string | undefined },
): Promise<string | null | undefined> {
  const asking = input.action === 'request_supplement' && input.from === 'newly_registered';
  const corrected = input.action === 'submit_supplement' && input.from === 'awaiting_online_correction';
  if (!asking && !corrected) return undefined;
  await closeOpenRow(ex, input.dossierId, input.now, input.action);
  if (asking) return null;
  const acceptance = acceptanceRow(input.now, input.calendar);
  await insertHandover(ex, {
    id: newId(), dossier_id: input.dossierId, seq: (await lastHandoverSeq(ex, input.dossierId)) + 1, step_index: input.stepIndex,
    step_name: input.stepName ?? 'Tiếp nhận hồ sơ đã bổ sung, hoàn thiện', step_kind: 'receive',
    from_unit_id: null, from_officer_id: input.actorId, to_unit_id: input.deskId, to_officer_id: null, started_at: input.now,
    ...acceptance, ended_at: null, outcome: null, timeliness: null, note: null,
  });
  return acceptance.due_at;
}
