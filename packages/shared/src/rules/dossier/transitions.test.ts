import { describe, expect, it } from 'vitest';
import type { DossierAction } from './actions.ts';
import { legalRules } from './legal-rules.ts';
import type { LegalRuleTable } from './legal-rules.ts';
import { nationalStatusOf } from './statuses.ts';
import { calendar, facts, stateIn, vn } from './test-support.ts';
import type { ActionFacts, ActionResult, DossierState } from './transitions.ts';
import { acceptanceWindowFrom, actionContextOf, allowedActions, applyAction } from './transitions.ts';

function ok(result: ActionResult): Extract<ActionResult, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${result.refusal.code}`);
  return result;
}

function refusal(result: ActionResult) {
  if (result.ok) throw new Error(`unexpectedly allowed, now ${result.state.status}`);
  return result.refusal;
}

function walk(state: DossierState | null, steps: Array<[DossierAction, Partial<ActionFacts>?]>): DossierState {
  let current = state;
  for (const [action, overrides] of steps) current = ok(applyAction(current, action, facts(overrides))).state;
  if (!current) throw new Error('no steps');
  return current;
}

describe('a dossier received at the desk, resolved and returned', () => {
  const at = (local: string) => ({ now: vn(local) });
  const steps: Array<[DossierAction, Partial<ActionFacts>, string, number]> = [
    ['receive', at('2026-04-20T09:00'), 'received', 2],
    ['transfer', at('2026-04-20T10:00'), 'awaiting_assignment', 4],
    ['assign', at('2026-04-20T14:00'), 'in_progress', 4],
    ['start_step', at('2026-04-21T08:00'), 'in_progress', 4],
    ['complete_step', at('2026-04-22T08:00'), 'in_progress', 4],
    ['request_approval', at('2026-04-22T09:00'), 'awaiting_approval', 4],
    ['approve', at('2026-04-22T10:00'), 'awaiting_signature', 4],
    ['sign', at('2026-04-22T10:05'), 'awaiting_issue', 4],
    ['issue_result', at('2026-04-22T14:00'), 'result_ready', 9],
    ['return_result', at('2026-04-23T09:00'), 'returned', 10],
  ];

  it('moves through each status, synced with its national code', () => {
    let state: DossierState | null = null;
    for (const [action, overrides, status, code] of steps) {
      state = ok(applyAction(state, action, facts(overrides))).state;
      expect([action, state.status, nationalStatusOf(state.status).code]).toEqual([action, status, code]);
    }
    expect(state).toMatchObject({ channel: 'in_person', receivedAt: vn('2026-04-20T09:00'), endedAt: vn('2026-04-22T14:00'), clockEvents: [] });
  });

  it('starts the clock at the receipt and ends processing when the result is issued, not when it is returned', () => {
    const receipt = ok(applyAction(null, 'receive', facts({ now: vn('2026-04-20T09:00'), channel: 'postal' })));
    expect(receipt).toMatchObject({ clock: 'start', clockEvent: null, state: { channel: 'postal', receivedAt: vn('2026-04-20T09:00') } });
    const returned = walk(stateIn('result_ready', { endedAt: vn('2026-04-22T14:00') }), [['return_result', at('2026-04-23T09:00')]]);
    expect(returned.endedAt).toBe(vn('2026-04-22T14:00'));
  });

  it('corrects a returned result and returns it again, still ended at the first end', () => {
    const state = walk(stateIn('returned', { endedAt: vn('2026-04-22T14:00') }), [
      ['correct_result', { now: vn('2026-04-24T09:00'), reason: 'Sai họ tên người được cấp' }],
      ['return_result', { now: vn('2026-04-28T09:00') }],
    ]);
    expect(state).toMatchObject({ status: 'returned', endedAt: vn('2026-04-22T14:00') });
  });
});

describe('online dossiers', () => {
  it('registers, asks for one round of corrections, and accepts the corrected dossier', () => {
    const registered = ok(applyAction(null, 'register_online', facts({ roles: ['system'], now: vn('2026-04-22T09:00') }))).state;
    expect(registered).toMatchObject({ status: 'newly_registered', channel: 'online', registeredAt: vn('2026-04-22T09:00'), receivedAt: null });
    const asked = ok(applyAction(registered, 'request_supplement', facts({ roles: ['desk_officer'], now: vn('2026-04-22T10:00') })));
    expect(asked).toMatchObject({ clock: 'none', flags: [], state: { status: 'awaiting_online_correction', onlineCorrections: 1, supplementRequests: 0 } });
    const corrected = walk(asked.state, [['submit_supplement', { roles: ['system'], now: vn('2026-04-22T15:00') }]]);
    const accepted = ok(applyAction(corrected, 'accept_online', facts({ roles: ['desk_officer'], now: vn('2026-04-22T16:00') })));
    expect(accepted).toMatchObject({ clock: 'start', flags: [], state: { status: 'received', receivedAt: vn('2026-04-22T16:00') } });
  });

  it('flags a second round of corrections and an acceptance later than 8 working hours', () => {
    const state = stateIn('newly_registered', { onlineCorrections: 1, registeredAt: vn('2026-04-24T16:00') });
    expect(ok(applyAction(state, 'request_supplement', facts({ now: vn('2026-04-24T16:30') }))).flags).toEqual(['extra_online_correction']);
    expect(ok(applyAction(state, 'accept_online', facts({ now: vn('2026-04-28T16:00') }))).flags).toEqual([]);
    expect(ok(applyAction(state, 'accept_online', facts({ now: vn('2026-04-28T16:01') }))).flags).toEqual(['online_acceptance_late']);
  });

  it('counts the acceptance limit of a corrected online dossier from the corrected submission, not the first one', () => {
    const registered = stateIn('newly_registered', { registeredAt: vn('2026-04-21T09:00') });
    const asked = ok(applyAction(registered, 'request_supplement', facts({ roles: ['desk_officer'], now: vn('2026-04-21T10:00') }))).state;
    // The applicant takes a week to correct; the desk then has its own 8 working hours again.
    const corrected = walk(asked, [['submit_supplement', { roles: ['system'], now: vn('2026-04-28T09:00') }]]);
    expect(corrected).toMatchObject({ status: 'newly_registered', registeredAt: vn('2026-04-21T09:00'), onlineResubmittedAt: vn('2026-04-28T09:00') });
    expect(acceptanceWindowFrom(corrected)).toBe(vn('2026-04-28T09:00'));
    expect(ok(applyAction(corrected, 'accept_online', facts({ roles: ['desk_officer'], now: vn('2026-04-28T16:00') }))).flags).toEqual([]);
    expect(ok(applyAction(corrected, 'accept_online', facts({ roles: ['desk_officer'], now: vn('2026-05-06T09:00') }))).flags).toEqual(['online_acceptance_late']);
  });

  it('refuses an online dossier at the desk with reasons only', () => {
    expect(refusal(applyAction(stateIn('newly_registered'), 'refuse', facts({ reason: '  ' }))).code).toBe('reason_required');
    expect(walk(stateIn('newly_registered'), [['refuse', { reason: 'Không thuộc thẩm quyền' }]]).status).toBe('refused');
  });
});

describe('supplement requests', () => {
  const received = vn('2026-04-20T09:00');
  const inProgress = stateIn('in_progress', { receivedAt: received });

  it('pauses the clock on the request and restarts it from zero when the complete dossier arrives', () => {
    const requested = ok(applyAction(inProgress, 'request_supplement', facts({ now: vn('2026-04-22T09:00'), reason: 'Thiếu bản sao giấy chứng nhận' })));
    expect(requested).toMatchObject({
      clock: 'pause',
      flags: [],
      clockEvent: { at: vn('2026-04-22T09:00'), type: 'pause', reason: 'Thiếu bản sao giấy chứng nhận' },
      state: { status: 'supplement_requested', supplementRequests: 1, supplementRequestedAt: vn('2026-04-22T09:00') },
    });
    const back = ok(applyAction(requested.state, 'submit_supplement', facts({ now: vn('2026-04-24T09:00'), reason: undefined })));
    expect(back).toMatchObject({ clock: 'restart', clockEvent: { type: 'restart' }, state: { status: 'in_progress', supplementRequestedAt: null } });
  });

  it('allows a second request but flags it, since the national index counts the dossier as late', () => {
    const once = stateIn('in_progress', { receivedAt: received, supplementRequests: 1 });
    const availability = allowedActions('in_progress', actionContextOf(once, facts({ now: vn('2026-04-21T09:00') })));
    expect(availability.find((a) => a.action === 'request_supplement')).toEqual({
      action: 'request_supplement', allowed: true, to: 'supplement_requested', flags: ['repeated_supplement_request'],
    });
    const second = ok(applyAction(once, 'request_supplement', facts({ now: vn('2026-04-21T09:00') })));
    expect(second.flags).toEqual(['repeated_supplement_request']);
    expect(second.state).toMatchObject({ supplementRequests: 2, flags: ['repeated_supplement_request'] });
  });

  it.each([
    ['within 3 working days of receipt', '2026-04-23T09:00', []],
    ['later than 3 working days after receipt', '2026-04-23T09:01', ['supplement_notice_late']],
  ])('flags nothing / a late notice for a request %s', (_name, local, flags) => {
    expect(ok(applyAction(inProgress, 'request_supplement', facts({ now: vn(local) }))).flags).toEqual(flags);
  });

  it.each([
    ['2026-05-06T09:59', false, 'supplement_still_awaited'],
    ['2026-05-06T10:00', true, null],
  ])('closes a dossier 15 days after the request without supplement (now %s: %s)', (local, allowed, code) => {
    const waiting = stateIn('supplement_requested', { supplementRequestedAt: vn('2026-04-21T10:00') });
    const result = applyAction(waiting, 'close_without_supplement', facts({ now: vn(local) }));
    if (allowed) expect(ok(result).state).toMatchObject({ status: 'closed_without_supplement', endedAt: vn(local) });
    else expect(refusal(result)).toMatchObject({ code, allowed: expect.arrayContaining(['submit_supplement', 'stop', 'withdraw']) });
  });

  it('cannot close for want of supplement under Decree 61, which had no such rule', () => {
    const waiting = stateIn('supplement_requested', { supplementRequestedAt: vn('2025-03-03T10:00') });
    expect(refusal(applyAction(waiting, 'close_without_supplement', facts({ now: vn('2025-06-01T10:00') }))).code).toBe('no_rule_in_force');
  });
});

describe('apology and extension', () => {
  const dueAt = vn('2026-05-04T09:00');
  const newDueAt = vn('2026-05-08T09:00');
  it.each([
    ['Wed 29/4 08:00, a full working day before the due date', '2026-04-29T08:00', vn('2026-05-04T09:00'), true],
    ['Wed 29/4 10:00, less than one working day before (30/4–3/5 are off)', '2026-04-29T10:00', vn('2026-05-04T09:00'), false],
    ['Fri 24/4 08:30 for Tue 28/4 09:00 (27/4 is a substitute day off)', '2026-04-24T08:30', vn('2026-04-28T09:00'), true],
    ['Fri 24/4 09:30 for Tue 28/4 09:00', '2026-04-24T09:30', vn('2026-04-28T09:00'), false],
  ])('%s: allowed %s', (_name, local, due, allowed) => {
    const result = applyAction(stateIn('in_progress'), 'apologise_and_extend', facts({ now: vn(local), dueAt: due, newDueAt }));
    if (allowed) expect(ok(result)).toMatchObject({ clock: 'extend', clockEvent: { type: 'extend', until: newDueAt }, state: { apologies: 1 } });
    else {
      const r = refusal(result);
      expect(r.code).toBe('apology_too_late');
      expect(r.allowed).not.toContain('apologise_and_extend');
      expect(r.allowed).toContain('request_approval');
    }
  });

  it.each<[string, Partial<DossierState>, Partial<ActionFacts>, string]>([
    ['a second apology', { apologies: 1 }, { dueAt, newDueAt }, 'apology_limit_reached'],
    ['an apology without a due date', {}, { dueAt: null, newDueAt }, 'due_date_unknown'],
    ['an apology without a new date', {}, { dueAt }, 'new_due_date_required'],
    ['an apology with an earlier new date', {}, { dueAt, newDueAt: vn('2026-05-04T08:00') }, 'new_due_date_not_later'],
    ['an apology without reasons', {}, { dueAt, newDueAt, reason: '' }, 'reason_required'],
  ])('refuses %s', (_name, state, overrides, code) => {
    const result = applyAction(stateIn('in_progress', state), 'apologise_and_extend', facts({ now: vn('2026-04-27T08:00'), ...overrides }));
    expect(refusal(result).code).toBe(code);
  });
});

describe('other guards', () => {
  it('opens and closes workflow steps in order', () => {
    expect(refusal(applyAction(stateIn('in_progress'), 'complete_step', facts())).code).toBe('no_step_started');
    const started = walk(stateIn('in_progress'), [['start_step']]);
    expect(started.stepOpen).toBe(true);
    expect(refusal(applyAction(started, 'start_step', facts())).code).toBe('step_already_started');
    expect(walk(started, [['complete_step']]).stepOpen).toBe(false);
    expect(walk(started, [['request_approval'], ['send_back']]).stepOpen).toBe(false);
  });

  it('issues a result straight from processing only when the workflow has no approval step', () => {
    expect(refusal(applyAction(stateIn('in_progress'), 'issue_result', facts())).code).toBe('approval_required');
    expect(walk(stateIn('in_progress'), [['issue_result', { approvalRequired: false }]]).status).toBe('result_ready');
  });

  it('refuses an officer whose role may not act, listing what that role may do', () => {
    const r = refusal(applyAction(stateIn('awaiting_approval'), 'approve', facts({ roles: ['specialist'], dueAt: vn('2026-06-01T09:00') })));
    expect(r).toMatchObject({ code: 'role_not_permitted', allowed: ['apologise_and_extend'] });
    expect(refusal(applyAction(stateIn('awaiting_approval'), 'approve', facts({ roles: ['viewer'] }))).allowed).toEqual([]);
  });

  it('flags a paper transfer later than the transfer day', () => {
    const paper = stateIn('received', { receivedAt: vn('2026-04-24T15:30') });
    expect(ok(applyAction(paper, 'transfer', facts({ now: vn('2026-04-28T10:00') }))).flags).toEqual([]);
    expect(ok(applyAction(paper, 'transfer', facts({ now: vn('2026-04-29T08:00') }))).flags).toEqual(['transfer_late']);
    const online = stateIn('received', { channel: 'online', receivedAt: vn('2026-04-24T15:30') });
    expect(ok(applyAction(online, 'transfer', facts({ now: vn('2026-04-29T08:00') }))).flags).toEqual([]);
  });

  it('pauses for a financial obligation, or not where the rule is switched off', () => {
    const paused = ok(applyAction(stateIn('in_progress'), 'request_financial_obligation', facts({ now: vn('2026-04-22T09:00') })));
    expect(paused).toMatchObject({ clock: 'pause', state: { status: 'financial_obligation_requested' } });
    expect(ok(applyAction(paused.state, 'record_payment', facts({ now: vn('2026-04-23T09:00') })))).toMatchObject({ clock: 'resume', state: { status: 'in_progress' } });
    const rules: LegalRuleTable = { ...legalRules, financialObligationPausesClock: [{ ...legalRules.financialObligationPausesClock[0]!, value: false }] };
    const running = ok(applyAction(stateIn('in_progress'), 'request_financial_obligation', facts({ rules })));
    expect(running).toMatchObject({ clock: 'none', clockEvent: null, state: { clockEvents: [] } });
    expect(ok(applyAction(running.state, 'record_payment', facts({ rules }))).clock).toBe('none');
    // A pause made while the rule applied is always ended, whatever the rule says by then.
    expect(ok(applyAction(paused.state, 'record_payment', facts({ rules, now: vn('2026-04-23T09:00') }))).clock).toBe('resume');
  });

  it.each<[DossierAction, string]>([
    ['stop', 'stopped'],
    ['withdraw', 'withdrawn'],
  ])('%s ends processing while waiting for the applicant', (action, status) => {
    const state = walk(stateIn('supplement_requested'), [[action, { now: vn('2026-04-23T09:00') }]]);
    expect(state).toMatchObject({ status, endedAt: vn('2026-04-23T09:00') });
    expect(allowedActions(state.status as never, { roles: ['desk_officer', 'specialist', 'leader', 'system'], now: vn('2026-04-23T10:00'), calendar }).filter((a) => a.allowed)).toEqual([]);
  });
});
