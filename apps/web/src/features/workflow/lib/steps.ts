import { WORKING_HOURS_PER_DAY, type HandOffUnit, type WorkflowStep, type WorkflowStepKind } from '@motcua/shared';

/** A key no other step of the version uses: s1, s2… (send-backs refer to keys, so they never change). */
export function nextKey(steps: WorkflowStep[]): string {
  const used = new Set(steps.map((s) => s.key));
  for (let n = steps.length + 1; ; n++) if (!used.has(`s${n}`)) return `s${n}`;
}

const roleOf = (kind: WorkflowStepKind): WorkflowStep['actorRole'] =>
  kind === 'receive' || kind === 'transfer' || kind === 'return' ? 'desk_officer' : kind === 'approve' || kind === 'sign' ? 'leader' : 'specialist';

export function newStep(steps: WorkflowStep[], kind: WorkflowStepKind, name: string): WorkflowStep {
  return { key: nextKey(steps), kind, name, actorRole: roleOf(kind), unitId: null, budget: { value: 0.5, unit: 'working_days' }, sendBackTo: null, handOff: null };
}

/** Moving a step may put a send-back target after it: such send-backs fall back to the previous step. */
function dropForwardSendBacks(steps: WorkflowStep[]): WorkflowStep[] {
  return steps.map((s, i) => (s.sendBackTo && !steps.slice(0, i).some((p) => p.key === s.sendBackTo) ? { ...s, sendBackTo: null } : s));
}

export function moveStep(steps: WorkflowStep[], from: number, to: number): WorkflowStep[] {
  if (to < 0 || to >= steps.length) return steps;
  const next = [...steps];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return dropForwardSendBacks(next);
}

export function removeStep(steps: WorkflowStep[], index: number): WorkflowStep[] {
  return dropForwardSendBacks(steps.filter((_, i) => i !== index));
}

export function replaceStep(steps: WorkflowStep[], index: number, patch: Partial<WorkflowStep>): WorkflowStep[] {
  return steps.map((s, i) => (i === index ? { ...s, ...patch } : s));
}

export function newHandOffUnit(unitId: string, role: HandOffUnit['role']): HandOffUnit {
  return { unitId, role, task: null, budget: { value: 1, unit: 'working_days' } };
}

/**
 * The template a new workflow starts from: receive → transfer → appraise → approve → sign → issue →
 * return, half a working day for each fixed step and the rest of the limit for appraisal.
 */
export function templateSteps(limitHours: number | null, names: Record<WorkflowStepKind, string>): WorkflowStep[] {
  const kinds: WorkflowStepKind[] = ['receive', 'transfer', 'appraise', 'approve', 'sign', 'issue_result', 'return'];
  const steps: WorkflowStep[] = [];
  for (const kind of kinds) steps.push(newStep(steps, kind, names[kind]));
  const fixedHours = (kinds.length - 1) * 0.5 * WORKING_HOURS_PER_DAY;
  const left = limitHours === null ? WORKING_HOURS_PER_DAY : limitHours - fixedHours;
  const appraise = steps[2]!;
  appraise.budget = left >= WORKING_HOURS_PER_DAY / 2 && left % (WORKING_HOURS_PER_DAY / 2) === 0
    ? { value: left / WORKING_HOURS_PER_DAY, unit: 'working_days' }
    : { value: Math.max(1, Math.floor(left)), unit: 'working_hours' };
  steps[3]!.sendBackTo = appraise.key;
  return steps;
}

/** Field paths of the check (`steps.2.budget.value`, `body.steps.2.name`) → the step index they concern. */
export function stepIndexOf(path: string): number | null {
  const match = /^(?:body\.)?steps\.(\d+)/.exec(path);
  return match ? Number(match[1]) : null;
}
