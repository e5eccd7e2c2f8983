import { ALL_VARIANTS, type createDefaultWorkflowBody, type WorkflowDetail } from '@motcua/shared';
import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { assertCanManage } from '../workflow.policy.ts';
import { findRootUnit, findTemplateByLevel, insertVersion, insertWorkflow } from '../workflow.queries.ts';
import { getWorkflowDetail } from '../workflow.reads.ts';
import { assertStepUnitsExist, assertTemplateSteps, auditWorkflow, stepColumns } from './version-support.ts';

export const defaultTemplateName = (level: 'province' | 'commune') => (level === 'province' ? 'Quy trình mặc định cấp tỉnh' : 'Quy trình mặc định cấp xã');

/**
 * The province's default workflow template of a level, starting with a first draft. It belongs to the root of
 * the unit tree, so only a province-wide control officer edits it and a province-wide leader approves it; then
 * it goes through the same versions, submission and approval as any workflow.
 */
export function createDefaultWorkflow(ctx: AppContext, actor: Actor, body: z.output<typeof createDefaultWorkflowBody>, requestId: string): Promise<WorkflowDetail> {
  return withUnitOfWork(ctx, async (uow) => {
    const root = await findRootUnit(uow.trx);
    if (!root) throw new AppError('NOT_FOUND', { detail: 'Chưa có cơ cấu tổ chức của tỉnh' });
    assertCanManage(actor, root.path);
    assertTemplateSteps(body.steps);
    const existing = await findTemplateByLevel(uow.trx, body.level);
    if (existing) {
      throw new AppError('DUPLICATE', { detail: 'Đã có quy trình mặc định của cấp này; hãy sửa quy trình đó.', extensions: { workflowId: existing.id } });
    }
    await assertStepUnitsExist(uow, body.steps);
    const id = newId();
    await insertWorkflow(uow.trx, {
      id, procedure_id: null, level: body.level, variant_key: ALL_VARIANTS, agency_unit_id: root.id, name: body.name ?? defaultTemplateName(body.level),
      approved_version_id: null, approved_version_number: null, latest_version_number: 1, revision: 1, created_at: uow.now, updated_at: uow.now,
    });
    await insertVersion(uow.trx, {
      id: newId(), workflow_id: id, number: 1, status: 'draft', ...stepColumns(body.steps, null), change_note: body.changeNote ?? null,
      created_by: actor.id, created_at: uow.now, submitted_by: null, submitted_at: null, decided_by: null, decided_at: null, decision_note: null,
    });
    await auditWorkflow(uow, actor, requestId, {
      action: 'workflow.created', workflowId: id, agencyUnitId: root.id, data: { defaultLevel: body.level, version: 1, steps: body.steps.length },
    });
    return getWorkflowDetail(uow.trx, actor, id);
  });
}
