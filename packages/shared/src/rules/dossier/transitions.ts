/**
 * The dossier state machine: which actions are allowed now (for the buttons and for 409 answers)
 * and the pure transition `applyAction`. The API persists what it returns, with the action-log row.
 */
import { parseInstant } from '../calendar/civil-date.ts';
import type { ClockEvent } from '../calendar/deadline-types.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { ClockEffect, DossierAction, DossierActor, DossierTransition } from './actions.ts';
import { dossierActionDefinitions, dossierActions, findTransition } from './actions.ts';
import type { ActionContext, ActionRefusalCode, DossierChannel, DossierFlag } from './guards.ts';
import { actionRefusalMessages, runGuard } from './guards.ts';
import type { LegalRuleTable } from './legal-rules.ts';
import { legalRules, ruleAt } from './legal-rules.ts';
import type { DossierStatus } from './statuses.ts';

/** What the state machine remembers of a dossier; the action log can always rebuild it. */
export interface DossierState {
  status: DossierStatus;
  channel: DossierChannel;
  registeredAt: string | null;
  /** Accepted as complete: the time limit runs from here. */
  receivedAt: string | null;
  /** Pauses, resumes, restarts and extensions for `computeDueDate`. */
  clockEvents: readonly ClockEvent[];
  /** End of processing for the national index: the first end, never moved. */
  endedAt: string | null;
  supplementRequests: number;
  onlineCorrections: number;
  /** The applicant's corrected online submission arrived: the desk's acceptance window counts from here. */
  onlineResubmittedAt?: string | null;
  supplementRequestedAt: string | null;
  apologies: number;
  stepOpen: boolean;
  flags: readonly DossierFlag[];
}

export type ActionAvailability =
  | { action: DossierAction; allowed: true; to: DossierStatus; flags: DossierFlag[] }
  | { action: DossierAction; allowed: false; reason: ActionRefusalCode };

/** Facts of one action as the API knows them at the time. */
export interface ActionFacts {
  roles: readonly DossierActor[];
  now: string;
  calendar: WorkingCalendar;
  /** Current appointment (null while paused). */
  dueAt?: string | null;
  reason?: string;
  /** For an apology: the new appointment. */
  newDueAt?: string;
  /** For `receive`: how the paper dossier came in. */
  channel?: Exclude<DossierChannel, 'online'>;
  approvalRequired?: boolean;
  /** Consultations still awaiting an answer. */
  openConsultations?: number;
  rules?: LegalRuleTable;
}

export interface ActionRefusal {
  action: DossierAction;
  status: DossierStatus | null;
  code: ActionRefusalCode;
  message: string;
  /** What the actor may do instead, for the 409 answer. */
  allowed: DossierAction[];
}

export type ActionResult =
  | {
      ok: true;
      state: DossierState;
      transition: DossierTransition;
      /** The clock effect actually applied, after the dated rules. */
      clock: ClockEffect;
      clockEvent: ClockEvent | null;
      flags: DossierFlag[];
    }
  | { ok: false; refusal: ActionRefusal };

type Check = { ok: true; transition: DossierTransition; flags: DossierFlag[] } | { ok: false; code: ActionRefusalCode };

function check(status: DossierStatus | null, action: DossierAction, ctx: ActionContext): Check {
  const transition = findTransition(action, status);
  if (!transition) return { ok: false, code: 'not_allowed_in_status' };
  if (!transition.roles.some((role) => ctx.roles.includes(role))) return { ok: false, code: 'role_not_permitted' };
  const outcome = runGuard(action, ctx, transition);
  return 'refusal' in outcome ? { ok: false, code: outcome.refusal } : { ok: true, transition, flags: outcome.flags };
}

/**
 * Every action, each either allowed (with where it leads and the flags it would raise) or refused
 * with the first reason: wrong status, then role, then a rule. `status` null: no dossier yet.
 */
export function allowedActions(status: DossierStatus | null, ctx: ActionContext): ActionAvailability[] {
  return dossierActions.map((action): ActionAvailability => {
    const result = check(status, action, ctx);
    return result.ok
      ? { action, allowed: true, to: result.transition.to, flags: result.flags }
      : { action, allowed: false, reason: result.code };
  });
}

export function allowedActionNames(status: DossierStatus | null, ctx: ActionContext): DossierAction[] {
  return allowedActions(status, ctx).flatMap((a) => (a.allowed ? [a.action] : []));
}

/** The context of `allowedActions` for a stored dossier and the facts of the request. */
export function actionContextOf(state: DossierState | null, facts: ActionFacts): ActionContext {
  const base: ActionContext = {
    roles: facts.roles,
    now: facts.now,
    calendar: facts.calendar,
    dueAt: facts.dueAt,
    approvalRequired: facts.approvalRequired,
    openConsultations: facts.openConsultations,
    rules: facts.rules,
    channel: state?.channel ?? facts.channel,
  };
  if (!state) return base;
  return {
    ...base,
    acceptanceWindowFrom: acceptanceWindowFrom(state),
    receivedAt: state.receivedAt,
    supplementRequestsSoFar: state.supplementRequests,
    onlineCorrectionsSoFar: state.onlineCorrections,
    supplementRequestedAt: state.supplementRequestedAt,
    apologiesSoFar: state.apologies,
    stepOpen: state.stepOpen,
  };
}

/** Applies one action, or says why not and what is allowed instead. Never throws on a refused action. */
export function applyAction(state: DossierState | null, action: DossierAction, facts: ActionFacts): ActionResult {
  const status = state?.status ?? null;
  const ctx = actionContextOf(state, facts);
  const refuse = (code: ActionRefusalCode): ActionResult => ({
    ok: false,
    refusal: { action, status, code, message: actionRefusalMessages[code], allowed: allowedActionNames(status, ctx) },
  });
  const result = check(status, action, ctx);
  if (!result.ok) return refuse(result.code);
  const inputProblem = validateInputs(action, facts);
  if (inputProblem) return refuse(inputProblem);

  const { transition, flags } = result;
  const clock = effectiveClock(transition, facts.now, facts.rules ?? legalRules, state !== null && isClockPaused(state));
  const clockEvent = clockEventOf(clock, facts);
  const before = state ?? openingState(action, facts);
  const next: DossierState = {
    ...before,
    ...counters(before, action, transition, facts.now),
    status: transition.to,
    receivedAt: clock === 'start' ? facts.now : before.receivedAt,
    clockEvents: clockEvent ? [...before.clockEvents, clockEvent] : before.clockEvents,
    endedAt: clock === 'end' ? (before.endedAt ?? facts.now) : before.endedAt,
    flags: [...before.flags, ...flags.filter((f) => !before.flags.includes(f))],
  };
  return { ok: true, state: next, transition, clock, clockEvent, flags };
}

function validateInputs(action: DossierAction, facts: ActionFacts): ActionRefusalCode | undefined {
  const definition = dossierActionDefinitions[action];
  if (definition.needsReason && !facts.reason?.trim()) return 'reason_required';
  if (definition.needs.includes('newDueAt')) {
    if (!facts.newDueAt) return 'new_due_date_required';
    if (facts.dueAt && parseInstant(facts.newDueAt) <= parseInstant(facts.dueAt)) return 'new_due_date_not_later';
  }
  return undefined;
}

/**
 * The clock effect after the dated rule the transition depends on, if any. A resume follows the
 * clock itself, so a pause made under an older rule is always ended.
 */
export function effectiveClock(transition: DossierTransition, now: string, rules: LegalRuleTable = legalRules, clockPaused = false): ClockEffect {
  if (transition.clockRule === 'financialObligationPausesClock') {
    if (transition.clock === 'resume') return clockPaused ? 'resume' : 'none';
    return ruleAt('financialObligationPausesClock', now, rules)?.value ? transition.clock : 'none';
  }
  if (transition.clockRule === 'supplementClockOnReturn') {
    return ruleAt('supplementClockOnReturn', now, rules)?.value ?? transition.clock;
  }
  return transition.clock;
}

/**
 * The desk answers an online dossier within the acceptance limit (rules.md §2.2) counted from its registration, or,
 * once it asked for corrections, from the corrected submission: that round is the applicant's time, not the desk's.
 */
export function acceptanceWindowFrom(state: Pick<DossierState, 'registeredAt' | 'onlineResubmittedAt'>): string | null {
  return state.onlineResubmittedAt ?? state.registeredAt;
}

/** Whether the last pause of the dossier clock has not been ended yet. */
export function isClockPaused(state: Pick<DossierState, 'clockEvents'>): boolean {
  return state.clockEvents.at(-1)?.type === 'pause';
}

function clockEventOf(clock: ClockEffect, facts: ActionFacts): ClockEvent | null {
  const reason = facts.reason?.trim() ? { reason: facts.reason.trim() } : {};
  switch (clock) {
    case 'pause':
    case 'resume':
    case 'restart':
      return { at: facts.now, type: clock, ...reason };
    case 'extend':
      return facts.newDueAt ? { at: facts.now, type: 'extend', until: facts.newDueAt, ...reason } : null;
    default:
      return null;
  }
}

function openingState(action: DossierAction, facts: ActionFacts): DossierState {
  const online = action === 'register_online';
  return {
    status: online ? 'newly_registered' : 'received',
    channel: online ? 'online' : (facts.channel ?? 'in_person'),
    registeredAt: online ? facts.now : null,
    receivedAt: null,
    clockEvents: [],
    endedAt: null,
    supplementRequests: 0,
    onlineCorrections: 0,
    onlineResubmittedAt: null,
    supplementRequestedAt: null,
    apologies: 0,
    stepOpen: false,
    flags: [],
  };
}

type Counters = Pick<DossierState, 'supplementRequests' | 'onlineCorrections' | 'onlineResubmittedAt' | 'supplementRequestedAt' | 'apologies' | 'stepOpen'>;

function counters(state: DossierState, action: DossierAction, transition: DossierTransition, now: string): Counters {
  const c: Counters = {
    supplementRequests: state.supplementRequests,
    onlineCorrections: state.onlineCorrections,
    onlineResubmittedAt: state.onlineResubmittedAt ?? null,
    supplementRequestedAt: state.supplementRequestedAt,
    apologies: state.apologies,
    // A step is open only inside in_progress, and a new assignee or a send-back starts afresh.
    stepOpen: transition.to === 'in_progress' && transition.from === 'in_progress' && state.stepOpen,
  };
  if (action === 'request_supplement' && transition.from === 'newly_registered') c.onlineCorrections += 1;
  if (action === 'request_supplement' && transition.from === 'in_progress') {
    c.supplementRequests += 1;
    c.supplementRequestedAt = now;
  }
  if (action === 'submit_supplement') c.supplementRequestedAt = null;
  if (action === 'submit_supplement' && transition.from === 'awaiting_online_correction') c.onlineResubmittedAt = now;
  if (action === 'apologise_and_extend') c.apologies += 1;
  if (action === 'start_step') c.stepOpen = true;
  if (action === 'complete_step' || action === 'send_back' || action === 'assign') c.stepOpen = false;
  return c;
}
