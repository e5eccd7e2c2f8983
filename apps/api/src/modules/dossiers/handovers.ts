/**
 * The process-control sheet (Form 06): a row each time the dossier changes hands — another unit, another
 * officer or the next workflow step. A closed row is early / on time / late against its step budget.
 */
import {
  classifyTimeliness, computeDueAt, legalRules, onlineDeadlines, ruleAt, type DossierAction, type DossierStatus, type StepBudget, type WorkflowStep, type WorkingCalendar,
} from '@motcua/shared';
import type { DB } from '../../db/schema.ts';
import { newId } from '../../platform/ids.ts';
import type { Executor } from './dossiers.queries.ts';
import { closeHandover, insertHandovers, lastHandoverSeq, openHandover } from './handovers.queries.ts';

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

/**
 * What an action writes on the sheet: the open row it ends (judged against its due) and the rows it opens. Planned
 * (read) before the dossier row is written, written by `recordAction` with the action's log row.
 */
export interface HandOverWrites {
  close?: { id: string; patch: Pick<DB['dossier_handovers'], 'ended_at' | 'outcome' | 'timeliness'> };
  open: DB['dossier_handovers'][];
}

/** The sheet after the action, and the due of the step then open (undefined: unchanged; null: none). */
export interface HandOverPlan {
  writes: HandOverWrites;
  stepDue: string | null | undefined;
}

async function closingOpenRow(ex: Executor, dossierId: string, now: string, outcome: string) {
  const open = await openHandover(ex, dossierId);
  const close = open ? { id: open.id, patch: { ended_at: now, outcome, timeliness: open.due_at ? classifyTimeliness(now, open.due_at) : null } } : undefined;
  return { open, close };
}

export async function writeHandOvers(ex: Executor, writes: HandOverWrites): Promise<void> {
  if (writes.close) await closeHandover(ex, writes.close.id, writes.close.patch);
  if (writes.open.length > 0) await insertHandovers(ex, writes.open);
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

/** Ends the open row and opens the next one if the holder or the step changed. */
export async function planHandOver(ex: Executor, input: HandOverInput): Promise<HandOverPlan> {
  const changed = input.final || input.from.unitId !== input.to.unitId || input.from.officerId !== input.to.officerId || input.from.stepIndex !== input.to.stepIndex;
  if (!changed) return { writes: { open: [] }, stepDue: undefined };
  const { open, close } = await closingOpenRow(ex, input.dossierId, input.now, input.outcome);
  if (input.final) return { writes: { close, open: [] }, stepDue: null };
  // A new officer within the same step inherits the step's deadline; a new step starts its own budget.
  const sameStep = open !== undefined && input.from.stepIndex === input.to.stepIndex && input.to.stepIndex !== null;
  const dueAt = sameStep ? open.due_at : input.step ? stepDueAt(input.now, input.step.budget, input.calendar) : null;
  const next: DB['dossier_handovers'] = {
    id: newId(), dossier_id: input.dossierId, seq: (await lastHandoverSeq(ex, input.dossierId)) + 1, step_index: input.to.stepIndex,
    step_name: input.step?.name ?? input.fallback.name, step_kind: input.step?.kind ?? input.fallback.kind,
    from_unit_id: input.from.unitId, from_officer_id: input.from.actorId, to_unit_id: input.to.unitId, to_officer_id: input.to.officerId,
    started_at: input.now, budget_value: sameStep ? open.budget_value : (input.step?.budget.value ?? null), budget_unit: sameStep ? open.budget_unit : (input.step?.budget.unit ?? null),
    due_at: dueAt, ended_at: null, outcome: null, timeliness: null, note: input.note,
  };
  return { writes: { close, open: [next] }, stepDue: dueAt };
}

/**
 * A round of online corrections before acceptance (rules.md §2.2). Asking for corrections ends the desk's receive row
 * (judged against its acceptance limit) and the dossier waits on the applicant with no row open; the corrected
 * submission opens a new receive row at the desk with the acceptance limit counted from its arrival. Plans it (the
 * step's new due: null while waiting); undefined when the action is not part of such a round.
 */
export async function planCorrectionRound(
  ex: Executor,
  input: { dossierId: string; action: DossierAction; from: DossierStatus | null; deskId: string; actorId: string | null; now: string; calendar: WorkingCalendar; stepIndex: number | null; stepName: string | undefined },
): Promise<HandOverPlan | undefined> {
  const asking = input.action === 'request_supplement' && input.from === 'newly_registered';
  const corrected = input.action === 'submit_supplement' && input.from === 'awaiting_online_correction';
  if (!asking && !corrected) return undefined;
  const { close } = await closingOpenRow(ex, input.dossierId, input.now, input.action);
  if (asking) return { writes: { close, open: [] }, stepDue: null };
  const acceptance = acceptanceRow(input.now, input.calendar);
  const next: DB['dossier_handovers'] = {
    id: newId(), dossier_id: input.dossierId, seq: (await lastHandoverSeq(ex, input.dossierId)) + 1, step_index: input.stepIndex,
    step_name: input.stepName ?? 'Tiếp nhận hồ sơ đã bổ sung, hoàn thiện', step_kind: 'receive',
    from_unit_id: null, from_officer_id: input.actorId, to_unit_id: input.deskId, to_officer_id: null, started_at: input.now,
    ...acceptance, ended_at: null, outcome: null, timeliness: null, note: null,
  };
  return { writes: { close, open: [next] }, stepDue: acceptance.due_at };
}
