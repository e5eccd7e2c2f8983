import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MS_PER_DAY, MS_PER_MINUTE } from '../calendar/civil-date.ts';
import type { DossierAction, DossierActor } from './actions.ts';
import { dossierActions, terminalExceptions } from './actions.ts';
import { dossierStatusDefinitions, dossierStatuses, nationalStatusCodes, nationalStatusOf } from './statuses.ts';
import { calendar, everyActor } from './test-support.ts';
import { dueAtOf } from './timeliness.ts';
import type { ActionFacts, DossierState } from './transitions.ts';
import { actionContextOf, allowedActionNames, allowedActions, applyAction, isClockPaused } from './transitions.ts';

const limit = { value: 5, unit: 'working_days' as const };
const start = Date.parse('2025-07-01T08:00:00+07:00');

const step = fc.record({
  pick: fc.nat(),
  attempt: fc.constantFrom(...dossierActions),
  // Mostly minutes or hours apart, sometimes weeks, so that the dated guards both pass and refuse.
  gapMinutes: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 600 }), weight: 3 }, { arbitrary: fc.integer({ min: 14 * 24 * 60, max: 30 * 24 * 60 }), weight: 1 }),
  roles: fc.oneof(fc.constant<DossierActor[]>(['desk_officer', 'specialist', 'leader', 'system']), fc.subarray([...everyActor], { minLength: 1 })),
  approvalRequired: fc.boolean(),
  // Usually keep the dossier alive, so that walks reach the deep statuses before an ending.
  keepOpen: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function factsFor(state: DossierState | null, s: Step, now: number): ActionFacts {
  const dueAt = state ? dueAtOf(state, limit, calendar) : null;
  return {
    roles: s.roles as DossierActor[],
    now: new Date(now).toISOString(),
    calendar,
    dueAt,
    reason: 'Lý do',
    ...(dueAt && { newDueAt: new Date(Date.parse(dueAt) + 10 * MS_PER_DAY).toISOString() }),
    approvalRequired: s.approvalRequired,
  };
}

/**
 * Follows allowed actions only; at each step also tries one arbitrary action, which must be refused
 * or legal. When a dossier has nothing left to do, the walk goes on with a new one.
 */
function walk(steps: Step[], visit: (before: DossierState | null, after: DossierState | null, action: DossierAction | null) => void) {
  let state: DossierState | null = null;
  let now = start;
  const log: Array<[DossierAction, ActionFacts]> = [];
  for (const s of steps) {
    now += s.gapMinutes * MS_PER_MINUTE;
    const f = factsFor(state, s, now);
    const ctx = actionContextOf(state, f);
    const status = state?.status ?? null;
    const availability = allowedActions(status, ctx);
    const allowed = availability.flatMap((a) => (a.allowed ? [a.action] : []));

    const attempt = applyAction(state, s.attempt, f);
    if (allowed.includes(s.attempt)) {
      if (!attempt.ok) throw new Error(`allowed ${s.attempt} was refused: ${attempt.refusal.code}`);
      visit(state, attempt.state, s.attempt);
    } else expect(attempt).toMatchObject({ ok: false, refusal: { action: s.attempt, status, allowed } });

    if (status !== null && dossierStatusDefinitions[status].terminal) {
      for (const action of allowed) expect(terminalExceptions[status] ?? []).toContain(action);
    }
    const done = status !== null && dossierStatusDefinitions[status].terminal && s.pick % 2 === 0;
    if (allowed.length === 0 || done) {
      // Nothing (or only a correction) left to do on this dossier: the walk goes on with a new one.
      state = null;
      log.length = 0;
      continue;
    }
    const open = availability.flatMap((a) => (a.allowed && !dossierStatusDefinitions[a.to].terminal ? [a.action] : []));
    const choices = s.keepOpen && open.length > 0 ? open : allowed;
    const action = choices[s.pick % choices.length]!;
    const result = applyAction(state, action, f);
    if (!result.ok) throw new Error(`allowed ${action} was refused: ${result.refusal.code}`);
    const expected = availability.find((a) => a.action === action);
    if (!expected?.allowed || expected.to !== result.state.status) throw new Error(`${action} landed on ${result.state.status}`);
    visit(state, result.state, action);
    log.push([action, f]);
    state = result.state;
  }
  return { state, log };
}

describe('the dossier state machine (properties)', () => {
  it('following allowed actions only, always lands on a defined status with a national code 1–10', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        walk(steps, (_before, after) => {
          if (after === null) return;
          expect(dossierStatuses).toContain(after.status);
          expect(nationalStatusCodes).toContain(nationalStatusOf(after.status).code);
        });
      }),
    );
  });

  it('never moves the end of processing, never forgets a flag, never takes back a counted request, pauses exactly in paused statuses', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        walk(steps, (before, after) => {
          if (before === null || after === null) return;
          if (before.endedAt !== null) expect(after.endedAt).toBe(before.endedAt);
          for (const flag of before.flags) expect(after.flags).toContain(flag);
          expect(after.supplementRequests).toBeGreaterThanOrEqual(before.supplementRequests);
          expect(after.apologies).toBeGreaterThanOrEqual(before.apologies);
          if (dossierStatusDefinitions[after.status].clock === 'ended') expect(after.endedAt).not.toBeNull();
          if (dossierStatusDefinitions[after.status].clock === 'running') expect(after.receivedAt).not.toBeNull();
          if (dossierStatusDefinitions[after.status].clock === 'running') expect(isClockPaused(after)).toBe(false);
          if (dossierStatusDefinitions[after.status].clock === 'paused') expect(isClockPaused(after)).toBe(true);
        });
      }),
    );
  });

  it('rebuilds the same state by replaying the action log', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { state, log } = walk(steps, () => {});
        let replayed: DossierState | null = null;
        for (const [action, f] of log) {
          const result = applyAction(replayed, action, f);
          if (!result.ok) throw new Error('replay refused');
          replayed = result.state;
        }
        expect(replayed).toEqual(state);
      }),
      { numRuns: 50 },
    );
  });

  it('leaves terminal statuses only through their declared exceptions, for any actor and any facts', () => {
    const terminal = dossierStatuses.filter((s) => dossierStatusDefinitions[s].terminal);
    fc.assert(
      fc.property(fc.constantFrom(...terminal), step, fc.integer({ min: 0, max: 400 * 24 * 60 }), (status, s, minutes) => {
        const f = factsFor(null, s, start + minutes * MS_PER_MINUTE);
        const allowed = allowedActionNames(status, actionContextOf(null, { ...f, dueAt: f.now }));
        for (const action of allowed) expect(terminalExceptions[status]).toContain(action);
      }),
    );
  });

  it('explores every status in its random walks, so the properties above are not vacuous', () => {
    const seen = new Set<string>();
    for (const steps of fc.sample(fc.array(step, { minLength: 40, maxLength: 80 }), { numRuns: 200, seed: 42 })) {
      walk(steps, (_before, after) => {
        if (after) seen.add(after.status);
      });
    }
    expect([...seen].sort()).toEqual([...dossierStatuses].sort());
  }, 30_000);
});
