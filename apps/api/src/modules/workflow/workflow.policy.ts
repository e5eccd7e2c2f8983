import type { WorkflowAction, WorkflowVersionStatus } from '@motcua/shared';
import { canAccessUnit, hasPermission, scopePaths, type Actor } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';

/**
 * Control officers (workflow.manage) draft and submit workflows of the agencies in their scope; leaders
 * (workflow.approve) approve or reject those of their own agency. Both may read what they may act on.
 */
export function readScope(actor: Actor): string[] {
  const paths = [...new Set([...scopePaths(actor, 'workflow.manage'), ...scopePaths(actor, 'workflow.approve')])];
  return paths.filter((p) => !paths.some((other) => other !== p && p.startsWith(other)));
}

export function assertMayReadWorkflows(actor: Actor): void {
  if (!hasPermission(actor, 'workflow.manage') && !hasPermission(actor, 'workflow.approve')) throw new AppError('FORBIDDEN');
}

export const canRead = (actor: Actor, agencyPath: string) => readScope(actor).some((p) => agencyPath.startsWith(p));
export const canManage = (actor: Actor, agencyPath: string) => canAccessUnit(actor, 'workflow.manage', agencyPath);
export const canApprove = (actor: Actor, agencyPath: string) => canAccessUnit(actor, 'workflow.approve', agencyPath);

export function assertCanRead(actor: Actor, agencyPath: string): void {
  assertMayReadWorkflows(actor);
  // Someone who may not see the workflow learns nothing about it, not even that it exists.
  if (!canRead(actor, agencyPath)) throw new AppError('NOT_FOUND');
}

export function assertCanManage(actor: Actor, agencyPath: string): void {
  if (!hasPermission(actor, 'workflow.manage')) throw new AppError('FORBIDDEN');
  if (!canManage(actor, agencyPath)) throw new AppError('OUT_OF_SCOPE');
}

export function assertCanApprove(actor: Actor, agencyPath: string): void {
  if (!hasPermission(actor, 'workflow.approve')) throw new AppError('FORBIDDEN');
  if (!canApprove(actor, agencyPath)) throw new AppError('OUT_OF_SCOPE');
}

/** The buttons the workflow page shows: what the server would accept from this actor now. */
export function allowedActions(actor: Actor, agencyPath: string, statuses: { latest: WorkflowVersionStatus; anySubmitted: boolean }): WorkflowAction[] {
  const out: WorkflowAction[] = [];
  if (canManage(actor, agencyPath)) {
    out.push('edit');
    if (statuses.latest === 'draft') out.push('submit');
  }
  if (canApprove(actor, agencyPath) && statuses.anySubmitted) out.push('approve', 'reject');
  return out;
}
