import { ALL_VARIANTS, createWorkflowBody, type WorkflowDetail } from '@motcua/shared';
import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/actor.ts';
import { withUnitOfWork, type AppContext } from '../../../platform/context.ts';
import { AppError, fieldError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { assertCanManage } from '../workflow.policy.ts';
import { findProcedure, findUnit, findWorkflowByScope, insertVersion, insertWorkflow, listResolvingAgencies, listVariantLimits } from '../workflow.queries.ts';
import { currentLegalLimit, getWorkflowDetail } from '../workflow.reads.ts';
import { assertStepUnitsExist, auditWorkflow, stepColumns } from './version-support.ts';

/**
 * A workflow for one procedure variant ('*': every variant without its own) at one resolving agency, starting
 * with a first draft. There is at most one per variant and agency; its versions carry the changes.
 */
export function createWorkflow(ctx: AppContext, actor: Actor, body: z.output<typeof createWorkflowBody>, requestId: string): Promise<WorkflowDetail> {
  return withUnitOfWork(ctx, async (uow) => {
    const procedure = await findProcedure(uow.trx, body.procedureId);
    if (!procedure) throw fieldError('body.procedureId', 'Không tìm thấy thủ tục');
    const unit = await findUnit(uow.trx, body.agencyUnitId);
    if (!unit) throw fieldError('body.agencyUnitId', 'Đơn vị không tồn tại');
    assertCanManage(actor, unit.path);
    const agencies = await listResolvingAgencies(uow.trx, procedure.id);
    if (!agencies.some((a) => a.id === unit.id)) throw fieldError('body.agencyUnitId', 'Cơ quan này không được giao giải quyết thủ tục');
    const variants = await listVariantLimits(uow.trx, procedure);
    const variant = variants.find((v) => v.key === body.variantKey);
    if (body.variantKey !== ALL_VARIANTS && !variant) throw fieldError('body.variantKey', 'Thủ tục không có trường hợp này');
    const existing = await findWorkflowByScope(uow.trx, { procedureId: procedure.id, variantKey: body.variantKey, agencyUnitId: unit.id });
    if (existing) {
      throw new AppError('DUPLICATE', { detail: 'Đã có quy trình cho trường hợp này tại cơ quan này; hãy sửa quy trình đó.', extensions: { workflowId: existing.id } });
    }
    await assertStepUnitsExist(uow, body.steps);

    const id = newId();
    const name = body.name ?? (variant && variants.length > 1 ? `${procedure.name} — ${variant.name}` : procedure.name);
    await insertWorkflow(uow.trx, {
      id, procedure_id: procedure.id, level: null, variant_key: body.variantKey, agency_unit_id: unit.id, name, approved_version_id: null,
      approved_version_number: null, latest_version_number: 1, revision: 1, created_at: uow.now, updated_at: uow.now,
    });
    const limit = await currentLegalLimit(uow.trx, procedure.id, body.variantKey);
    await insertVersion(uow.trx, {
      id: newId(), workflow_id: id, number: 1, status: 'draft', ...stepColumns(body.steps, limit), change_note: body.changeNote ?? null,
      created_by: actor.id, created_at: uow.now, submitted_by: null, submitted_at: null, decided_by: null, decided_at: null, decision_note: null,
    });
    await auditWorkflow(uow, actor, requestId, {
      action: 'workflow.created', workflowId: id, agencyUnitId: unit.id,
      data: { procedureCode: procedure.code, variantKey: body.variantKey, version: 1, steps: body.steps.length },
    });
    return getWorkflowDetail(uow.trx, actor, id);
  });
}
