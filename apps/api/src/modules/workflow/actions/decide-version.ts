import type { WorkflowDetail } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext, type UnitOfWork } from '../../../platform/context.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { parseSteps } from '../workflow-lookup.queries.ts';
import { assertCanApprove } from '../workflow.policy.ts';
import { findVersion, findVersionsInStatus, updateVersion, type WorkflowSummaryRow, type WorkflowVersionRow } from '../workflow.queries.ts';
import { currentLegalLimit, getSummaryOrThrow, getWorkflowDetail } from '../workflow.reads.ts';
import { advanceWorkflow, assertCheckPasses, auditWorkflow, stepColumns } from './version-support.ts';

type Decide = (uow: UnitOfWork, workflow: WorkflowSummaryRow, version: WorkflowVersionRow) => Promise<Record<string, unknown>>;

/** A leader of the workflow's agency decides on the version waiting for a decision. */
function decide(ctx: AppContext, actor: Actor, id: string, number: number, requestId: string, action: string, act: Decide): Promise<WorkflowDetail> {
  return withUnitOfWork(ctx, async (uow) => {
    const workflow = await getSummaryOrThrow(uow.trx, id);
    assertCanApprove(actor, workflow.unit_path);
    const version = await findVersion(uow.trx, id, number);
    if (!version) throw notFound('Không có phiên bản này');
    if (version.status !== 'submitted') throw new AppError('CONFLICT', { detail: 'Phiên bản này không ở trạng thái chờ phê duyệt.', extensions: { versionStatus: version.status } });
    const data = await act(uow, workflow, version);
    await auditWorkflow(uow, actor, requestId, { action, workflowId: id, agencyUnitId: workflow.agency_unit_id, data: { version: number, ...data } });
    return getWorkflowDetail(uow.trx, actor, id);
  });
}

/**
 * Approval re-runs the check against the procedure's limit as it is now (the catalog may have shortened it
 * since submission). The approved version becomes the one new dossiers start with; the one before it is
 * superseded, while dossiers already started keep theirs.
 */
export function approveVersion(ctx: AppContext, actor: Actor, id: string, number: number, note: string | null | undefined, requestId: string) {
  return decide(ctx, actor, id, number, requestId, 'workflow.approved', async (uow, workflow, version) => {
    const steps = parseSteps(version.steps);
    const limit = await currentLegalLimit(uow.trx, workflow.procedure_id, workflow.variant_key);
    const check = assertCheckPasses(steps, limit, 'Không phê duyệt được: quy trình không còn phù hợp với thời hạn giải quyết hiện hành.');
    const previous = await findVersionsInStatus(uow.trx, id, 'approved', version.id);
    for (const p of previous) await updateVersion(uow.trx, p.id, { status: 'superseded' });
    await updateVersion(uow.trx, version.id, { status: 'approved', decided_by: actor.id, decided_at: uow.now, decision_note: note ?? null, ...stepColumns(steps, limit) });
    await advanceWorkflow(uow, workflow, { approved_version_id: version.id, approved_version_number: version.number });
    return { superseded: previous.map((p) => p.number), totalHours: check.totalHours, limitHours: check.limitHours };
  });
}

export function rejectVersion(ctx: AppContext, actor: Actor, id: string, number: number, reason: string, requestId: string) {
  return decide(ctx, actor, id, number, requestId, 'workflow.rejected', async (uow, workflow, version) => {
    await updateVersion(uow.trx, version.id, { status: 'rejected', decided_by: actor.id, decided_at: uow.now, decision_note: reason });
    await advanceWorkflow(uow, workflow);
    return { reason };
  });
}
