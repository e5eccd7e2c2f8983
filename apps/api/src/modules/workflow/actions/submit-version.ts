import type { submitWorkflowBody, WorkflowDetail } from '@motcua/shared';
import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { parseSteps } from '../workflow-lookup.queries.ts';
import { assertCanManage } from '../workflow.policy.ts';
import { findVersion, findVersionsInStatus, updateVersion } from '../workflow.queries.ts';
import { currentLegalLimit, getSummaryOrThrow, getWorkflowDetail } from '../workflow.reads.ts';
import { advanceWorkflow, assertCheckPasses, auditWorkflow, stepColumns } from './version-support.ts';

/**
 * A control officer sends a draft to the agency's leader. The check must pass first (422 with field paths);
 * a version still waiting for a decision is replaced by this one, so a leader only ever sees one to decide.
 */
export function submitVersion(ctx: AppContext, actor: Actor, id: string, number: number, body: z.output<typeof submitWorkflowBody>, requestId: string): Promise<WorkflowDetail> {
  return withUnitOfWork(ctx, async (uow) => {
    const workflow = await getSummaryOrThrow(uow.trx, id);
    assertCanManage(actor, workflow.unit_path);
    const version = await findVersion(uow.trx, id, number);
    if (!version) throw notFound('Không có phiên bản này');
    if (version.status !== 'draft') throw new AppError('CONFLICT', { detail: 'Chỉ gửi duyệt được phiên bản đang soạn thảo.', extensions: { versionStatus: version.status } });
    const steps = parseSteps(version.steps);
    const limit = await currentLegalLimit(uow.trx, workflow.procedure_id, workflow.variant_key);
    const check = assertCheckPasses(steps, limit, 'Quy trình chưa gửi duyệt được: hãy sửa các lỗi dưới đây.');

    for (const pending of await findVersionsInStatus(uow.trx, id, 'submitted', version.id)) {
      await updateVersion(uow.trx, pending.id, { status: 'superseded', decision_note: `Thay bằng phiên bản ${number} gửi duyệt sau` });
    }
    await updateVersion(uow.trx, version.id, {
      status: 'submitted', submitted_by: actor.id, submitted_at: uow.now, ...stepColumns(steps, limit),
      ...(body.changeNote !== undefined ? { change_note: body.changeNote } : {}),
    });
    await advanceWorkflow(uow, workflow);
    await auditWorkflow(uow, actor, requestId, {
      action: 'workflow.submitted', workflowId: id, agencyUnitId: workflow.agency_unit_id,
      data: { version: number, totalHours: check.totalHours, limitHours: check.limitHours, warnings: check.warnings.length },
    });
    return getWorkflowDetail(uow.trx, actor, id);
  });
}
