import { describe, expect, it } from 'vitest';
import type { ClockEffect, DossierAction, DossierActor } from './actions.ts';
import { actionsFromStatus, dossierActionDefinitions, dossierActions, findTransition, openingActions, terminalExceptions } from './actions.ts';
import type { StatusClock } from './statuses.ts';
import { dossierStatusDefinitions, dossierStatuses } from './statuses.ts';
import { everyActor, facts, stateIn, vn } from './test-support.ts';
import { actionContextOf, allowedActionNames, allowedActions, applyAction, effectiveClock } from './transitions.ts';

const allStatuses = [null, ...dossierStatuses] as const;

describe('the action table', () => {
  it('names a known target status, at least one role and a Vietnamese label for every transition', () => {
    for (const action of dossierActions) {
      const def = dossierActionDefinitions[action];
      expect(def.action).toBe(action);
      expect(def.label.length).toBeGreaterThan(3);
      expect(def.transitions.length).toBeGreaterThan(0);
      for (const t of def.transitions) {
        expect(dossierStatuses).toContain(t.to);
        expect(t.roles.length).toBeGreaterThan(0);
      }
      expect(new Set(def.transitions.map((t) => t.from)).size).toBe(def.transitions.length);
    }
  });

  it('opens a dossier only by a desk receipt or an online registration', () => {
    expect(openingActions).toEqual(['register_online', 'receive']);
    expect(actionsFromStatus(null)).toEqual(['register_online', 'receive']);
  });

  it('never lets a system administrator, a control officer or a viewer act on a dossier', () => {
    for (const action of dossierActions) {
      for (const t of dossierActionDefinitions[action].transitions) {
        expect(t.roles).not.toContain('system_admin');
        expect(t.roles).not.toContain('control_officer');
        expect(t.roles).not.toContain('viewer');
      }
    }
  });

  it('leaves terminal statuses only through their declared exceptions', () => {
    for (const status of dossierStatuses.filter((s) => dossierStatusDefinitions[s].terminal)) {
      expect(actionsFromStatus(status)).toEqual(terminalExceptions[status] ?? []);
    }
  });

  it('lets every non-terminal status reach a terminal one', () => {
    const canFinish = new Set(dossierStatuses.filter((s) => dossierStatusDefinitions[s].terminal));
    for (let changed = true; changed; ) {
      changed = false;
      for (const s of dossierStatuses) {
        if (canFinish.has(s)) continue;
        if (actionsFromStatus(s).some((a) => canFinish.has(findTransition(a, s)!.to))) {
          canFinish.add(s);
          changed = true;
        }
      }
    }
    expect([...canFinish].sort()).toEqual([...dossierStatuses].sort());
  });

  const allowedEffects: Record<string, readonly ClockEffect[]> = {
    'null>not_started': ['none'],
    'null>running': ['start'],
    'not_started>not_started': ['none'],
    'not_started>running': ['start'],
    'not_started>ended': ['end'],
    'running>running': ['none', 'extend'],
    'running>paused': ['pause'],
    'running>ended': ['end'],
    'paused>running': ['resume', 'restart'],
    'paused>ended': ['end'],
    'ended>ended': ['none'],
  };
  it('makes each clock effect agree with the clock states of the statuses it joins', () => {
    for (const action of dossierActions) {
      for (const t of dossierActionDefinitions[action].transitions) {
        const fromClock: StatusClock | 'null' = t.from === null ? 'null' : dossierStatusDefinitions[t.from].clock;
        const key = `${fromClock}>${dossierStatusDefinitions[t.to].clock}`;
        expect(allowedEffects[key], `${action} from ${t.from}: ${key}`).toContain(effectiveClock(t, '2026-04-22T02:00:00Z', undefined, fromClock === 'paused'));
      }
    }
  });

  it.each<[DossierAction, boolean]>([
    ['request_supplement', true],
    ['refuse', true],
    ['send_back', true],
    ['apologise_and_extend', true],
    ['stop', true],
    ['correct_result', true],
    ['receive', false],
    ['approve', false],
    ['withdraw', false],
    ['close_without_supplement', false],
  ])('%s needs a reason: %s', (action, needsReason) => {
    expect(dossierActionDefinitions[action].needsReason).toBe(needsReason);
  });
});

describe('illegal transitions', () => {
  it('refuses every action outside its statuses, with the list of allowed actions', () => {
    let refusals = 0;
    for (const status of allStatuses) {
      const state = status === null ? null : stateIn(status);
      const f = facts();
      const allowed = allowedActionNames(status, actionContextOf(state, f));
      for (const action of dossierActions.filter((a) => !actionsFromStatus(status).includes(a))) {
        const result = applyAction(state, action, f);
        expect(result).toEqual({
          ok: false,
          refusal: expect.objectContaining({ action, status, code: 'not_allowed_in_status', allowed }),
        });
        if (!result.ok) expect(result.refusal.allowed).not.toContain(action);
        refusals += 1;
      }
    }
    expect(refusals).toBeGreaterThan(300);
  });

  it.each<[string, DossierAction, string[]]>([
    ['approve a dossier still with the specialist', 'approve', ['in_progress']],
    ['return a result that is not ready', 'return_result', ['in_progress', 'awaiting_signature']],
    ['stop a dossier whose result is issued', 'stop', ['result_ready', 'returned']],
    ['withdraw a returned dossier', 'withdraw', ['returned', 'refused', 'stopped']],
    ['request a supplement before appraisal', 'request_supplement', ['received', 'awaiting_assignment']],
    ['receive an existing dossier again', 'receive', ['received', 'in_progress']],
  ])('cannot %s', (_name, action, statuses) => {
    for (const status of statuses) {
      const result = applyAction(stateIn(status as never), action, facts());
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.refusal.code).toBe('not_allowed_in_status');
    }
  });

  it('lists the allowed actions of a dossier with the specialist for a 409 answer', () => {
    const result = applyAction(stateIn('in_progress'), 'approve', facts({ roles: ['specialist'], dueAt: vn('2026-05-20T09:00') }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.refusal.message).toContain('không thực hiện được');
      expect(result.refusal.allowed).toEqual([
        'request_supplement', 'transfer', 'start_step', 'send_back', 'consult', 'request_approval',
        'request_financial_obligation', 'apologise_and_extend',
      ]);
    }
  });
});

describe('permission matrix', () => {
  const matrix: Array<[DossierAction, string, readonly DossierActor[]]> = [
    ['register_online', 'none', ['system']],
    ['receive', 'none', ['desk_officer']],
    ['accept_online', 'newly_registered', ['desk_officer']],
    ['request_supplement', 'newly_registered', ['desk_officer']],
    ['request_supplement', 'in_progress', ['specialist', 'leader']],
    ['submit_supplement', 'supplement_requested', ['desk_officer', 'system']],
    ['refuse', 'newly_registered', ['desk_officer']],
    ['refuse', 'in_progress', ['leader']],
    ['transfer', 'received', ['desk_officer', 'system']],
    ['transfer', 'in_progress', ['specialist', 'leader']],
    ['assign', 'awaiting_assignment', ['leader']],
    ['start_step', 'in_progress', ['specialist', 'leader']],
    ['consult', 'in_progress', ['specialist', 'leader']],
    ['answer_consultation', 'consulting', ['specialist', 'leader', 'system']],
    ['request_approval', 'in_progress', ['specialist']],
    ['approve', 'awaiting_approval', ['leader']],
    ['sign', 'awaiting_signature', ['leader']],
    ['send_back', 'awaiting_approval', ['leader']],
    ['issue_result', 'awaiting_issue', ['specialist', 'leader']],
    ['request_financial_obligation', 'in_progress', ['specialist', 'leader']],
    ['record_payment', 'financial_obligation_requested', ['desk_officer', 'system']],
    ['apologise_and_extend', 'in_progress', ['specialist', 'leader']],
    ['stop', 'in_progress', ['desk_officer', 'leader', 'system']],
    ['withdraw', 'supplement_requested', ['desk_officer', 'system']],
    ['close_without_supplement', 'supplement_requested', ['desk_officer', 'system']],
    ['return_result', 'result_ready', ['desk_officer', 'system']],
    ['correct_result', 'returned', ['desk_officer', 'specialist', 'leader']],
  ];
  it.each(matrix)('%s from %s is for %j only', (action, from, roles) => {
    const status = from === 'none' ? null : (from as (typeof dossierStatuses)[number]);
    for (const actor of everyActor) {
      const ctx = { ...facts({ roles: [actor] }), dueAt: '2026-06-30T02:00:00Z' };
      const availability = allowedActions(status, ctx).find((a) => a.action === action)!;
      if (roles.includes(actor)) expect(availability.allowed ? 'allowed' : availability.reason, actor).not.toBe('role_not_permitted');
      else expect(availability, actor).toEqual({ action, allowed: false, reason: 'role_not_permitted' });
    }
  });
});
