/**
 * Where a dossier stands in its internal workflow. Each step is finished by the action its actor performs
 * (the desk transfers, the specialist appraises and submits, the leader approves and signs…); the next step
 * is the first later one of a kind that action leads to. A send-back returns to the step's `sendBackTo` or the
 * step before. Without a workflow the dossier simply has no step index.
 */
import type { DossierAction, WorkflowStep, WorkflowStepKind } from '@motcua/shared';

const ANY: readonly WorkflowStepKind[] = ['transfer', 'appraise', 'verify', 'consult', 'approve', 'sign', 'issue_result', 'return'];

/** The step kinds an action can lead into; absent: the action does not move the workflow. */
const leadsInto: Partial<Record<DossierAction, readonly WorkflowStepKind[]>> = {
  transfer: ANY,
  complete_step: ANY,
  answer_consultation: ANY,
  consult: ['consult'],
  request_approval: ['approve'],
  approve: ['sign', 'issue_result'],
  sign: ['issue_result'],
  issue_result: ['return'],
};

export function firstStepIndex(steps: readonly WorkflowStep[]): number | null {
  return steps.length > 0 ? 0 : null;
}

/** The step index after an action, or the same index when the action does not move the workflow. */
export function stepIndexAfter(action: DossierAction, steps: readonly WorkflowStep[], current: number | null): number | null {
  if (current === null || steps.length === 0) return current;
  if (action === 'send_back') {
    const target = steps[current]?.sendBackTo;
    const index = target ? steps.findIndex((s) => s.key === target) : -1;
    return index >= 0 && index < current ? index : Math.max(0, current - 1);
  }
  if (action === 'return_result') return current;
  // An online dossier waits in the receive step until the desk accepts it; acceptance finishes that step.
  if (action === 'accept_online') return steps[current]?.kind === 'receive' && current + 1 < steps.length ? current + 1 : current;
  const kinds = leadsInto[action];
  if (!kinds) return current;
  for (let i = current + 1; i < steps.length; i += 1) {
    if (kinds.includes(steps[i]!.kind)) return i;
  }
  return current;
}

/** Whether the workflow needs a leader's approval before a result is issued. */
export function workflowRequiresApproval(steps: readonly WorkflowStep[] | undefined): boolean {
  return steps === undefined || steps.some((s) => s.kind === 'approve');
}
