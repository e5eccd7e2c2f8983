import { checkWorkflow, type LegalLimit, type WorkflowCheckView, type WorkflowStep } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { UnitOfWork } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { bumpWorkflow, findUnits, type WorkflowRow, type WorkflowVersionRow } from '../workflow.queries.ts';

/** Every unit a step or hand-off names must exist: a dossier could not be routed to a unit that does not. */
export async function assertStepUnitsExist(uow: UnitOfWork, steps: WorkflowStep[], prefix = 'body.steps'): Promise<void> {
  const refs = steps.flatMap((s, i) => [
    ...(s.unitId ? [{ id: s.unitId, path: `${prefix}.${i}.unitId` }] : []),
    ...(s.handOff?.units.map((u, j) => ({ id: u.unitId, path: `${prefix}.${i}.handOff.units.${j}.unitId` })) ?? []),
  ]);
  const found = new Set((await findUnits(uow.trx, [...new Set(refs.map((r) => r.id))])).map((u) => u.id));
  const errors = refs.filter((r) => !found.has(r.id)).map((r) => ({ path: r.path, message: 'Đơn vị không tồn tại' }));
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
}

/**
 * A default template serves every agency of its level: a step happens at the dossier's own agency (its desk for
 * receive and return), so no step or hand-off may name a unit.
 */
export function templateStepErrors(steps: WorkflowStep[], prefix = 'body.steps'): { path: string; message: string }[] {
  return steps.flatMap((s, i) => [
    ...(s.unitId ? [{ path: `${prefix}.${i}.unitId`, message: 'Quy trình mặc định không chỉ định đơn vị: bước do cơ quan giải quyết hồ sơ thực hiện' }] : []),
    ...(s.handOff ? [{ path: `${prefix}.${i}.handOff`, message: 'Quy trình mặc định không có bước liên thông với cơ quan khác' }] : []),
  ]);
}

export function assertTemplateSteps(steps: WorkflowStep[]): void {
  const errors = templateStepErrors(steps);
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
}

/** The columns a version stores about its steps: the steps themselves, their total and the limit they were checked against. */
export function stepColumns(steps: WorkflowStep[], limit: LegalLimit | null): Pick<WorkflowVersionRow, 'steps' | 'total_budget_hours' | 'legal_limit_value' | 'legal_limit_unit'> {
  return {
    steps: JSON.stringify(steps),
    total_budget_hours: checkWorkflow(steps, limit).totalHours,
    legal_limit_value: limit?.value ?? null,
    legal_limit_unit: limit?.unit ?? null,
  };
}

export function checkView(steps: WorkflowStep[], limit: LegalLimit | null): WorkflowCheckView {
  return { ...checkWorkflow(steps, limit), legalLimit: limit };
}

/** Refuses a version whose check fails: 422 with every problem at its field path in the version (`steps.2.budget.value`). */
export function assertCheckPasses(steps: WorkflowStep[], limit: LegalLimit | null, detail: string): WorkflowCheckView {
  const result = checkView(steps, limit);
  if (!result.ok) throw new AppError('WORKFLOW_CHECK_FAILED', { detail, errors: result.errors, extensions: { check: result } });
  return result;
}

export function staleRevision(current: number): AppError {
  return new AppError('CONFLICT', {
    detail: 'Quy trình vừa được người khác thay đổi; hãy tải lại trước khi tiếp tục.',
    extensions: { revision: current },
  });
}

/** Moves the workflow to its next revision, or answers 409 when someone else moved it first. */
export async function advanceWorkflow(uow: UnitOfWork, workflow: { id: string; revision: number }, patch: Partial<WorkflowRow> = {}): Promise<void> {
  const moved = await bumpWorkflow(uow.trx, workflow.id, workflow.revision, { ...patch, updated_at: uow.now });
  if (!moved) throw staleRevision(workflow.revision + 1);
}

export function auditWorkflow(uow: UnitOfWork, actor: Actor, requestId: string, e: { action: string; workflowId: string; agencyUnitId: string; data: Record<string, unknown> }) {
  return uow.audit({
    actor: { kind: 'officer', id: actor.id }, action: e.action, entityType: 'workflow', entityId: e.workflowId, orgUnitId: e.agencyUnitId,
    data: e.data, requestId,
  });
}
