import type { saveWorkflowDraftBody, WorkflowDetail } from '@motcua/shared';
import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { newId } from '../../../platform/ids.ts';
import { assertCanManage } from '../workflow.policy.ts';
import { findVersion, insertVersion, updateVersion } from '../workflow.queries.ts';
import { currentLegalLimit, getSummaryOrThrow, getWorkflowDetail } from '../workflow.reads.ts';
import { advanceWorkflow, assertStepUnitsExist, assertTemplateSteps, auditWorkflow, staleRevision, stepColumns } from './version-support.ts';

/**
 * Saves the steps of the workflow's draft. A submitted, approved or rejected version never changes: when the
 * latest version is not a draft, the save starts a new draft version on top of it.
 */
export function saveDraft(ctx: AppContext, actor: Actor, id: string, body: z.output<typeof saveWorkflowDraftBody>, requestId: string): Promise<WorkflowDetail> {
  return withUnitOfWork(ctx, async (uow) => {
    const workflow = await getSummaryOrThrow(uow.trx, id);
    assertCanManage(actor, workflow.unit_path);
    if (body.baseRevision !== workflow.revision) throw staleRevision(workflow.revision);
    if (workflow.level) assertTemplateSteps(body.steps);
    await assertStepUnitsExist(uow, body.steps);
    const limit = await currentLegalLimit(uow.trx, workflow.procedure_id, workflow.variant_key);
    const latest = (await findVersion(uow.trx, id, workflow.latest_version_number))!;
    let number = latest.number;
    if (latest.status === 'draft') {
      await updateVersion(uow.trx, latest.id, { ...stepColumns(body.steps, limit), ...(body.changeNote !== undefined ? { change_note: body.changeNote } : {}) });
    } else {
      number = latest.number + 1;
      await insertVersion(uow.trx, {
        id: newId(), workflow_id: id, number, status: 'draft', ...stepColumns(body.steps, limit), change_note: body.changeNote ?? null,
        created_by: actor.id, created_at: uow.now, submitted_by: null, submitted_at: null, decided_by: null, decided_at: null, decision_note: null,
      });
    }
    await advanceWorkflow(uow, workflow, { latest_version_number: number, ...(body.name ? { name: body.name } : {}) });
    await auditWorkflow(uow, actor, requestId, {
      action: 'workflow.draft_saved', workflowId: id, agencyUnitId: workflow.agency_unit_id,
      data: { version: number, newVersion: number !== latest.number, steps: body.steps.length },
    });
    return getWorkflowDetail(uow.trx, actor, id);
  });
}
