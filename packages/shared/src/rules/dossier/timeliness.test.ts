import { describe, expect, it } from 'vitest';
import type { DossierStatus } from './statuses.ts';
import { calendar, facts, vn } from './test-support.ts';
import type { DossierTimelinessInput } from './timeliness.ts';
import { classifyDossierTimeliness, classifyStepTimeliness, dossierTimelinessOf, dueAtOf, reportingPeriodEnd } from './timeliness.ts';
import type { ActionFacts, DossierState } from './transitions.ts';
import { applyAction } from './transitions.ts';

const dueAt = vn('2026-05-04T09:00');
const judge = (over: Partial<DossierTimelinessInput>) =>
  classifyDossierTimeliness({ dueAt, endedAt: null, supplementRequests: 0, asOf: vn('2026-06-30T17:00'), ...over });

describe('dossier timeliness (national index rules)', () => {
  it.each<[string, string, DossierStatus | undefined, string]>([
    ['completed days before the appointment', '2026-04-29T10:00', 'result_ready', 'early'],
    ['completed on the appointment day, before the hour', '2026-05-04T08:59', 'result_ready', 'on_time'],
    ['completed exactly at the appointment', '2026-05-04T09:00', 'returned', 'on_time'],
    ['completed a minute late', '2026-05-04T09:01', 'result_ready', 'late'],
    ['stopped days before the appointment: on time, not early', '2026-04-29T10:00', 'stopped', 'on_time'],
    ['refused in time', '2026-04-29T10:00', 'refused', 'on_time'],
    ['withdrawn after the appointment', '2026-05-05T10:00', 'withdrawn', 'late'],
  ])('%s → %s', (_name, ended, endStatus, timeliness) => {
    expect(judge({ endedAt: vn(ended), ...(endStatus && { endStatus }) })).toMatchObject({ kind: 'finished', timeliness });
  });

  it('counts a dossier with more than one supplement request as late even if completed early', () => {
    expect(judge({ endedAt: vn('2026-04-29T10:00'), endStatus: 'result_ready', supplementRequests: 2 })).toEqual({
      kind: 'finished', timeliness: 'late', endedAt: vn('2026-04-29T10:00'), dueAt, reasons: ['repeated_supplement_request'],
    });
    expect(judge({ endedAt: vn('2026-04-29T10:00'), endStatus: 'result_ready', supplementRequests: 1 })).toMatchObject({ timeliness: 'early' });
  });

  it('judges a dossier that ended while waiting for the applicant as on time', () => {
    expect(judge({ dueAt: null, endedAt: vn('2026-05-20T10:00'), endStatus: 'closed_without_supplement' })).toMatchObject({
      timeliness: 'on_time', reasons: ['ended_while_paused'],
    });
  });

  it.each<[string, Partial<DossierTimelinessInput>, string, string[]]>([
    ['open and within the limit at the end of April', { asOf: reportingPeriodEnd('2026-04-30') }, 'within_limit', []],
    ['open and overdue at the end of May', { asOf: reportingPeriodEnd('2026-05-31') }, 'overdue', []],
    ['open, waiting for a supplement', { dueAt: null }, 'within_limit', ['waiting_for_applicant']],
    ['open with a second supplement request', { asOf: reportingPeriodEnd('2026-04-30'), supplementRequests: 2 }, 'overdue', ['repeated_supplement_request']],
    ['completed after the period: still open on its last day', { asOf: reportingPeriodEnd('2026-04-30'), endedAt: vn('2026-05-04T08:00') }, 'within_limit', []],
  ])('%s', (_name, over, standing, reasons) => {
    expect(judge(over)).toMatchObject({ kind: 'open', standing, reasons });
  });

  it('ends a reporting period at the last millisecond of its last day, Vietnam time', () => {
    expect(reportingPeriodEnd('2026-04-30')).toBe('2026-04-30T16:59:59.999Z');
  });
});

describe('dossier timeliness from the action log', () => {
  const limit = { value: 5, unit: 'working_days' as const };
  function run(steps: Array<[Parameters<typeof applyAction>[1], string, Partial<ActionFacts>?]>): DossierState {
    let state: DossierState | null = null;
    for (const [action, local, over] of steps) {
      const result = applyAction(state, action, facts({ now: vn(local), approvalRequired: false, ...over }));
      if (!result.ok) throw new Error(result.refusal.code);
      state = result.state;
    }
    return state!;
  }

  it('does not count the wait for the supplement: the limit restarts from the complete dossier', () => {
    const received = run([['receive', '2026-04-20T09:00'], ['transfer', '2026-04-20T10:00'], ['assign', '2026-04-20T11:00']]);
    expect(dueAtOf(received, limit, calendar)).toBe(vn('2026-04-28T09:00'));
    const waiting = run([
      ['receive', '2026-04-20T09:00'], ['transfer', '2026-04-20T10:00'], ['assign', '2026-04-20T11:00'],
      ['request_supplement', '2026-04-22T09:00'],
    ]);
    expect(dueAtOf(waiting, limit, calendar)).toBeNull();
    expect(dossierTimelinessOf(waiting, { timeLimit: limit, calendar, asOf: vn('2026-05-29T09:00') })).toMatchObject({
      kind: 'open', standing: 'within_limit', reasons: ['waiting_for_applicant'],
    });
    const done = run([
      ['receive', '2026-04-20T09:00'], ['transfer', '2026-04-20T10:00'], ['assign', '2026-04-20T11:00'],
      ['request_supplement', '2026-04-22T09:00'], ['submit_supplement', '2026-04-24T09:00'], ['issue_result', '2026-05-05T10:00'],
    ]);
    expect(dueAtOf(done, limit, calendar)).toBe(vn('2026-05-06T09:00'));
    expect(dossierTimelinessOf(done, { timeLimit: limit, calendar, asOf: vn('2026-05-31T09:00') })).toMatchObject({ kind: 'finished', timeliness: 'early' });
  });

  it('takes the new appointment of an apology', () => {
    const state = run([
      ['receive', '2026-04-20T09:00'], ['transfer', '2026-04-20T10:00'], ['assign', '2026-04-20T11:00'],
      ['apologise_and_extend', '2026-04-24T08:00', { dueAt: vn('2026-04-28T09:00'), newDueAt: vn('2026-05-08T09:00') }],
      ['issue_result', '2026-05-08T08:00'],
    ]);
    expect(dossierTimelinessOf(state, { timeLimit: limit, calendar, asOf: vn('2026-05-31T09:00') })).toMatchObject({
      timeliness: 'on_time', dueAt: vn('2026-05-08T09:00'),
    });
  });
});

describe('step timeliness (process-control sheet)', () => {
  const budget = { value: 1, unit: 'working_days' as const };
  const startedAt = vn('2026-04-24T15:30');
  it.each([
    ['handed on the same afternoon', '2026-04-24T16:00', 'early'],
    ['handed on the due day before the hour (27/4 is off)', '2026-04-28T15:00', 'on_time'],
    ['handed on after the budget', '2026-04-28T15:31', 'late'],
  ])('%s → %s', (_name, ended, timeliness) => {
    expect(classifyStepTimeliness({ startedAt, endedAt: vn(ended), budget, calendar, asOf: vn('2026-05-31T00:00') })).toEqual({
      kind: 'finished', timeliness, dueAt: vn('2026-04-28T15:30'),
    });
  });

  it('is overdue while still open past its budget, unless the applicant is being waited for', () => {
    const open = { startedAt, endedAt: null, budget, calendar, asOf: vn('2026-04-29T08:00') };
    expect(classifyStepTimeliness(open)).toMatchObject({ kind: 'open', standing: 'overdue' });
    const paused = classifyStepTimeliness({ ...open, events: [{ at: vn('2026-04-28T08:00'), type: 'pause' }] });
    expect(paused).toEqual({ kind: 'open', standing: 'within_limit', dueAt: null });
  });

  it('resumes the step after a supplement restart and ignores the dossier extension', () => {
    const result = classifyStepTimeliness({
      startedAt: vn('2026-04-22T09:00'), endedAt: vn('2026-04-28T08:30'), budget, calendar, asOf: vn('2026-05-31T00:00'),
      events: [
        { at: vn('2026-04-22T10:00'), type: 'pause' },
        { at: vn('2026-04-24T10:00'), type: 'restart' },
        { at: vn('2026-04-24T11:00'), type: 'extend', until: vn('2026-06-01T09:00') },
      ],
    });
    expect(result).toEqual({ kind: 'finished', timeliness: 'on_time', dueAt: vn('2026-04-28T09:00') });
  });
});
