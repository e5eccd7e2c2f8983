/**
 * Early / on time / late for a dossier and for a workflow step, the way the national index counts
 * (rules.md §2 "On time, early, late"): processing ends at the first of completed (9), returned
 * (10), stopped or refused (8/3), withdrawn (7); time waiting for the applicant's supplement is not
 * counted; more than one supplement request makes the dossier late; a dossier still open at the end
 * of a reporting period is judged on the period's last day.
 */
import { MS_PER_DAY, dateToDayNumber, formatInstant, instantAt, parseInstant } from '../calendar/civil-date.ts';
import { classifyTimeliness, computeDueDate } from '../calendar/deadline.ts';
import type { ClockEvent, TimeLimit, Timeliness } from '../calendar/deadline-types.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { LegalRuleTable } from './legal-rules.ts';
import { legalRules, ruleAt } from './legal-rules.ts';
import type { DossierStatus } from './statuses.ts';
import { endsProcessing } from './statuses.ts';
import type { DossierState } from './transitions.ts';

export type OpenStanding = 'within_limit' | 'overdue';

export type TimelinessReason = 'repeated_supplement_request' | 'waiting_for_applicant' | 'ended_while_paused';

export type DossierTimeliness =
  | { kind: 'finished'; timeliness: Timeliness; endedAt: string; dueAt: string | null; reasons: TimelinessReason[] }
  | { kind: 'open'; standing: OpenStanding; asOf: string; dueAt: string | null; reasons: TimelinessReason[] };

export interface DossierTimelinessInput {
  /** The appointment after pauses, restarts and extensions; null while the clock is paused. */
  dueAt: string | null;
  /** First end of processing, or null. */
  endedAt: string | null;
  /** The status that ended processing; only a completion can be early. */
  endStatus?: DossierStatus;
  supplementRequests: number;
  /** When to judge: now, or the end of a reporting period (see `reportingPeriodEnd`). */
  asOf: string;
  rules?: LegalRuleTable;
}

const completions: readonly DossierStatus[] = ['result_ready', 'returned', 'correcting_result'];

export function classifyDossierTimeliness(input: DossierTimelinessInput): DossierTimeliness {
  const { dueAt, endedAt, asOf } = input;
  const judgedOn = endedAt ?? asOf;
  const limit = ruleAt('supplementRequestLimit', judgedOn, input.rules ?? legalRules);
  const repeated = limit !== undefined && input.supplementRequests > limit.value.max;
  if (endedAt !== null && parseInstant(endedAt) <= parseInstant(asOf)) {
    const reasons: TimelinessReason[] = [];
    if (repeated) reasons.push('repeated_supplement_request');
    if (dueAt === null) reasons.push('ended_while_paused');
    let timeliness: Timeliness = dueAt === null ? 'on_time' : classifyTimeliness(endedAt, dueAt);
    if (timeliness === 'early' && input.endStatus !== undefined && !completions.includes(input.endStatus)) timeliness = 'on_time';
    if (repeated) timeliness = 'late';
    return { kind: 'finished', timeliness, endedAt, dueAt, reasons };
  }

  const reasons: TimelinessReason[] = [];
  if (repeated) reasons.push('repeated_supplement_request');
  if (dueAt === null) reasons.push('waiting_for_applicant');
  const overdue = repeated || (dueAt !== null && parseInstant(asOf) > parseInstant(dueAt));
  return { kind: 'open', standing: overdue ? 'overdue' : 'within_limit', asOf, dueAt, reasons };
}

/** The last instant of a reporting period's last day ('YYYY-MM-DD'), Vietnam time. */
export function reportingPeriodEnd(lastDay: string): string {
  return formatInstant(instantAt(dateToDayNumber(lastDay), MS_PER_DAY - 1));
}

/** The appointment of a dossier from its state: the time limit from the receipt, with its clock events. */
export function dueAtOf(state: Pick<DossierState, 'receivedAt' | 'clockEvents'>, timeLimit: TimeLimit, calendar: WorkingCalendar): string | null {
  if (state.receivedAt === null) return null;
  return computeDueDate({ start: state.receivedAt, timeLimit, calendar, events: state.clockEvents }).dueAt;
}

/** Timeliness of a dossier straight from its state. */
export function dossierTimelinessOf(
  state: DossierState,
  input: { timeLimit: TimeLimit; calendar: WorkingCalendar; asOf: string; rules?: LegalRuleTable },
): DossierTimeliness {
  const base = {
    dueAt: dueAtOf(state, input.timeLimit, input.calendar),
    endedAt: state.endedAt,
    supplementRequests: state.supplementRequests,
    asOf: input.asOf,
    ...(input.rules && { rules: input.rules }),
  };
  return classifyDossierTimeliness(endsProcessing(state.status) ? { ...base, endStatus: state.status } : base);
}

export type StepTimeliness =
  | { kind: 'finished'; timeliness: Timeliness; dueAt: string | null }
  | { kind: 'open'; standing: OpenStanding; dueAt: string | null };

export interface StepTimelinessInput {
  /** When the step received the dossier (the hand-over). */
  startedAt: string;
  /** When it handed the dossier on, or null. */
  endedAt: string | null;
  /** The step's time budget in the workflow. */
  budget: TimeLimit;
  calendar: WorkingCalendar;
  /** Pauses of the dossier clock during the step (waiting for the applicant). */
  events?: readonly ClockEvent[];
  asOf: string;
}

/**
 * Early / on time / late of one hand-over on the process-control sheet. Only the applicant's waits
 * stop a step's clock: a restart of the dossier's limit resumes the step, an extension of the
 * dossier's appointment does not move the step's budget.
 */
export function classifyStepTimeliness(input: StepTimelinessInput): StepTimeliness {
  const { startedAt, endedAt, asOf } = input;
  const events = (input.events ?? []).flatMap((e): ClockEvent[] => {
    if (parseInstant(e.at) < parseInstant(startedAt) || e.type === 'extend') return [];
    return [e.type === 'restart' ? { ...e, type: 'resume' } : e];
  });
  const { dueAt } = computeDueDate({ start: startedAt, timeLimit: input.budget, calendar: input.calendar, events });
  if (endedAt !== null && parseInstant(endedAt) <= parseInstant(asOf)) {
    return { kind: 'finished', timeliness: dueAt === null ? 'on_time' : classifyTimeliness(endedAt, dueAt), dueAt };
  }
  const overdue = dueAt !== null && parseInstant(asOf) > parseInstant(dueAt);
  return { kind: 'open', standing: overdue ? 'overdue' : 'within_limit', dueAt };
}
