import type { checkWorkflowBody, WorkflowCheckView } from '@motcua/shared';
import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { fieldError } from '../../../platform/errors.ts';
import { assertMayReadWorkflows } from '../workflow.policy.ts';
import { findProcedure } from '../workflow.queries.ts';
import { currentLegalLimit } from '../workflow.reads.ts';
import { checkView, templateStepErrors } from './version-support.ts';

/** The editor's live check: the same rules as on submission and approval, without saving anything. */
export async function checkSteps(ctx: AppContext, actor: Actor, body: z.output<typeof checkWorkflowBody>): Promise<WorkflowCheckView> {
  assertMayReadWorkflows(actor);
  if (!body.procedureId) {
    // A default template: no legal limit, and its steps may not name a unit.
    const view = checkView(body.steps, null);
    const errors = [...view.errors, ...templateStepErrors(body.steps, 'steps')];
    return { ...view, ok: errors.length === 0, errors };
  }
  if (!(await findProcedure(ctx.db, body.procedureId))) throw fieldError('body.procedureId', 'Không tìm thấy thủ tục');
  return checkView(body.steps, await currentLegalLimit(ctx.db, body.procedureId, body.variantKey));
}
