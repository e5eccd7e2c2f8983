import { describe, expect, it } from 'vitest';
import { checkWorkflow, formatWorkingHours, legalLimitHours, stepHours, strictestLimit, type LegalLimit } from './check.ts';
import { workflowStepSchema, type WorkflowStep, type WorkflowStepKind } from './steps.ts';

type StepInput = Partial<Omit<WorkflowStep, 'budget'>> & { kind: WorkflowStepKind; days?: number; hours?: number };

function step(i: number, s: StepInput): WorkflowStep {
  const { days, hours, ...rest } = s;
  const budget = hours !== undefined ? { value: hours, unit: 'working_hours' as const } : { value: days ?? 0.5, unit: 'working_days' as const };
  const actorRole = s.kind === 'receive' || s.kind === 'transfer' || s.kind === 'return' ? 'desk_officer' : s.kind === 'approve' || s.kind === 'sign' ? 'leader' : 'specialist';
  return workflowStepSchema.parse({ key: `s${i + 1}`, name: `Bước ${i + 1}`, actorRole, budget, ...rest });
}
const steps = (...list: StepInput[]) => list.map((s, i) => step(i, s));

/** The demo shape: 0,5 + 0,5 + 2 + 0,5 + 0,5 + 0,5 + 0,5 = 5 working days. */
const standard = () =>
  steps(
    { kind: 'receive' },
    { kind: 'transfer' },
    { kind: 'appraise', days: 2 },
    { kind: 'approve' },
    { kind: 'sign' },
    { kind: 'issue_result' },
    { kind: 'return' },
  );
const fiveDays: LegalLimit = { value: 5, unit: 'working_days' };
const paths = (r: { errors: { path: string }[] }) => r.errors.map((e) => e.path);

describe('workflow budget check against the legal time limit', () => {
  it('accepts a workflow whose step budgets add up exactly to the limit', () => {
    const r = checkWorkflow(standard(), fiveDays);
    expect(r).toMatchObject({ ok: true, errors: [], warnings: [], totalHours: 40, limitHours: 40 });
    expect(r.stepHours).toEqual([4, 4, 16, 4, 4, 4, 4]);
  });

  it('refuses budgets over the limit and points at the step where the running total first passes it', () => {
    const s = standard();
    s[2] = { ...s[2]!, budget: { value: 3, unit: 'working_days' } };
    const r = checkWorkflow(s, fiveDays);
    expect(r.ok).toBe(false);
    expect(r.totalHours).toBe(48);
    // 4 + 4 + 24 + 4 = 36, + 4 = 40, + 4 = 44 > 40: the issue-result step (index 5) is where it breaks.
    expect(paths(r)).toEqual(['steps.5.budget.value']);
    expect(r.errors[0]!.message).toContain('6 ngày làm việc');
    expect(r.errors[0]!.message).toContain('5 ngày làm việc');
  });

  it.each<[string, LegalLimit, number]>([
    ['working days', { value: 5, unit: 'working_days' }, 40],
    ['working hours', { value: 12, unit: 'working_hours' }, 12],
    ['calendar days, read as the same number of working days', { value: 7, unit: 'days' }, 56],
    ['months, at 22 working days each', { value: 1, unit: 'months' }, 176],
    ['a half day', { value: 0.5, unit: 'working_days' }, 4],
    ['a same-day procedure, the working day it is received', { value: 0, unit: 'working_days' }, 8],
  ])('converts a limit in %s to working hours', (_, limit, hours) => {
    expect(legalLimitHours(limit)).toBe(hours);
  });

  it('mixes hour and day budgets', () => {
    const r = checkWorkflow(steps({ kind: 'receive', hours: 2 }, { kind: 'appraise', hours: 6 }, { kind: 'return', days: 1 }), { value: 2, unit: 'working_days' });
    expect(r).toMatchObject({ ok: true, totalHours: 16 });
    const over = checkWorkflow(steps({ kind: 'receive', hours: 2 }, { kind: 'appraise', hours: 7 }, { kind: 'return', days: 1 }), { value: 2, unit: 'working_days' });
    expect(paths(over)).toEqual(['steps.2.budget.value']);
  });

  it('warns but does not refuse when the procedure has no recorded limit', () => {
    const r = checkWorkflow(standard(), null);
    expect(r.ok).toBe(true);
    expect(r.limitHours).toBeNull();
    expect(r.warnings.map((w) => w.path)).toEqual(['legalLimit']);
  });

  it('picks the strictest of several limits', () => {
    expect(strictestLimit([{ value: 1, unit: 'months' }, null, { value: 10, unit: 'working_days' }, { value: 15, unit: 'days' }])).toEqual({ value: 10, unit: 'working_days' });
    expect(strictestLimit([null, undefined])).toBeNull();
  });

  it('formats hours the way an officer reads them', () => {
    expect(formatWorkingHours(40)).toBe('5 ngày làm việc');
    expect(formatWorkingHours(12)).toBe('1,5 ngày làm việc');
    expect(formatWorkingHours(4)).toBe('4 giờ làm việc');
    expect(formatWorkingHours(10)).toBe('10 giờ làm việc');
  });
});

describe('workflow hand-offs to other agencies', () => {
  const consult = (mode: 'parallel' | 'sequence' | 'escalation', units: { unitId: string; role: 'lead' | 'participant' | 'higher_level'; days: number }[], days = 1): StepInput => ({
    kind: 'consult',
    days,
    handOff: { mode, units: units.map((u) => ({ unitId: u.unitId, role: u.role, task: null, budget: { value: u.days, unit: 'working_days' } })) },
  });

  it('counts a parallel hand-off as its slowest agency and a sequence as the sum', () => {
    const units = [{ unitId: 'a', role: 'lead' as const, days: 2 }, { unitId: 'b', role: 'participant' as const, days: 1 }];
    expect(stepHours(step(0, consult('parallel', units)))).toBe(16);
    expect(stepHours(step(0, consult('sequence', units)))).toBe(24);
    // The step's own budget wins when it is longer than the agencies' deadlines.
    expect(stepHours(step(0, consult('parallel', units, 3)))).toBe(24);
  });

  it('refuses the budget when the slowest parallel agency pushes past the limit', () => {
    const s = steps({ kind: 'receive' }, consult('parallel', [{ unitId: 'a', role: 'lead', days: 3 }, { unitId: 'b', role: 'participant', days: 1 }]), { kind: 'return' });
    expect(checkWorkflow(s, { value: 4, unit: 'working_days' }).ok).toBe(true);
    // 0,5 + 3 already passes 3 days at the hand-off: its slowest agency is where to cut.
    expect(paths(checkWorkflow(s, { value: 3, unit: 'working_days' }))).toEqual(['steps.1.handOff.units.0.budget.value']);
    const ownLonger = steps({ kind: 'receive' }, consult('parallel', [{ unitId: 'a', role: 'lead', days: 1 }], 3), { kind: 'return' });
    expect(paths(checkWorkflow(ownLonger, { value: 3, unit: 'working_days' }))).toEqual(['steps.1.budget.value']);
  });

  it.each<[string, StepInput, string[]]>([
    ['no lead in parallel', consult('parallel', [{ unitId: 'a', role: 'participant', days: 1 }]), ['steps.1.handOff.units']],
    ['two leads in parallel', consult('parallel', [{ unitId: 'a', role: 'lead', days: 1 }, { unitId: 'b', role: 'lead', days: 1 }]), ['steps.1.handOff.units']],
    ['the same agency twice', consult('sequence', [{ unitId: 'a', role: 'lead', days: 1 }, { unitId: 'a', role: 'participant', days: 1 }]), ['steps.1.handOff.units.1.unitId']],
    ['an escalation to a same-level agency', consult('escalation', [{ unitId: 'a', role: 'participant', days: 1 }]), ['steps.1.handOff.units']],
    ['a hand-off on an appraisal step', { ...consult('sequence', [{ unitId: 'a', role: 'lead', days: 1 }]), kind: 'appraise' }, ['steps.1.handOff']],
  ])('refuses %s', (_, bad, expected) => {
    const r = checkWorkflow(steps({ kind: 'receive' }, bad, { kind: 'return' }), { value: 10, unit: 'working_days' });
    expect(paths(r)).toEqual(expected);
  });

  it('accepts one lead with participants in parallel and an escalation to a higher level', () => {
    const parallel = consult('parallel', [{ unitId: 'a', role: 'lead', days: 1 }, { unitId: 'b', role: 'participant', days: 1 }]);
    const escalation = { ...consult('escalation', [{ unitId: 'c', role: 'higher_level', days: 1 }]), kind: 'transfer' as const, actorRole: 'desk_officer' as const };
    expect(checkWorkflow(steps({ kind: 'receive' }, parallel, escalation, { kind: 'return' }), { value: 10, unit: 'working_days' }).errors).toEqual([]);
  });
});

describe('workflow step order', () => {
  const limit: LegalLimit = { value: 20, unit: 'working_days' };

  it('needs at least one step', () => {
    expect(paths(checkWorkflow([], limit))).toEqual(['steps']);
  });

  it('refuses duplicate step keys', () => {
    const s = standard();
    s[3] = { ...s[3]!, key: 's1' };
    expect(paths(checkWorkflow(s, limit))).toEqual(['steps.3.key']);
  });

  it.each<[string, StepInput[], string[]]>([
    ['receive after the first step', [{ kind: 'appraise' }, { kind: 'receive' }], ['steps.1.kind']],
    ['return before the last step', [{ kind: 'return' }, { kind: 'appraise' }], ['steps.0.kind']],
    ['sign before approve', [{ kind: 'sign' }, { kind: 'approve' }], ['steps.1.kind']],
    ['issue before sign', [{ kind: 'approve' }, { kind: 'issue_result' }, { kind: 'sign' }], ['steps.2.kind']],
  ])('refuses %s', (_, list, expected) => {
    expect(paths(checkWorkflow(steps(...list), limit))).toEqual(expected);
  });

  it('accepts a workflow without receive and return steps', () => {
    expect(checkWorkflow(steps({ kind: 'appraise' }, { kind: 'approve' }, { kind: 'sign' }), limit).ok).toBe(true);
  });

  it('accepts a send-back to an earlier step and refuses one to itself, a later or an unknown step', () => {
    const ok = standard();
    ok[3] = { ...ok[3]!, sendBackTo: 's3' };
    expect(checkWorkflow(ok, limit).ok).toBe(true);
    const bad = standard();
    bad[2] = { ...bad[2]!, sendBackTo: 's3' };
    bad[3] = { ...bad[3]!, sendBackTo: 's6' };
    bad[4] = { ...bad[4]!, sendBackTo: 'nowhere' };
    const r = checkWorkflow(bad, limit);
    expect(paths(r)).toEqual(['steps.2.sendBackTo', 'steps.3.sendBackTo', 'steps.4.sendBackTo']);
    expect(r.errors[2]!.message).toContain('nowhere');
  });

  it('warns when approval or signature is not a leader, or receipt is not at the desk', () => {
    const s = standard();
    s[0] = { ...s[0]!, actorRole: 'specialist' };
    s[3] = { ...s[3]!, actorRole: 'specialist' };
    const r = checkWorkflow(s, limit);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.path)).toEqual(['steps.0.actorRole', 'steps.3.actorRole']);
  });

  it('reports every problem at once, each with its field path and a Vietnamese message', () => {
    const r = checkWorkflow(steps({ kind: 'return' }, { kind: 'sign', days: 30 }, { kind: 'approve' }), limit);
    expect(paths(r)).toEqual(['steps.0.kind', 'steps.2.kind', 'steps.1.budget.value']);
    expect(r.errors.map((e) => e.message)).toEqual([
      'Bước trả kết quả phải là bước cuối cùng',
      'Bước phê duyệt phải đứng trước bước ký kết quả',
      expect.stringContaining('vượt thời hạn giải quyết theo quy định (20 ngày làm việc)'),
    ]);
  });
});
