/**
 * A procedure nobody can process is not offered: the desk receives it and the portal takes it online only when the
 * province has adopted it (catalog `findAdoptedLevels`) and a workflow can carry it from receipt to result at the
 * resolving agency — the procedure's own approved workflow or the province's default template of the agency's
 * level (workflow `findApprovedWorkflow`).
 */
import { inForceStatuses } from '@motcua/shared';
import { fieldError } from '../../platform/errors.ts';
import { findAdoptedLevels } from '../catalog/index.ts';
import { hasApprovedWorkflowAt, type WorkflowVersionForDossier } from '../workflow/index.ts';
import type { Executor } from './dossiers.queries.ts';
import { listProcedureAgencies } from './catalog-units.queries.ts';
import { isOfferedOnline } from './online/online-checks.ts';
import { findOnlineLevel } from './online/online.queries.ts';

export async function assertAdopted(ex: Executor, procedureId: string, path: string): Promise<void> {
  if ((await findAdoptedLevels(ex, procedureId)).length === 0) {
    throw fieldError(path, 'Thủ tục này chưa được tỉnh công bố thực hiện tại cơ quan, địa phương nào');
  }
}

/** The workflow a new dossier starts with, or a refusal naming the agency field when there is none. */
export function requireWorkflow(workflow: WorkflowVersionForDossier | undefined, path: string): WorkflowVersionForDossier {
  if (!workflow) throw fieldError(path, 'Thủ tục chưa có quy trình nội bộ được phê duyệt (riêng hoặc mặc định) tại cơ quan giải quyết này');
  return workflow;
}

/** The portal's apply button: adopted, offered online (full or partial), and a workflow at one of its agencies. */
export async function onlineApplicationOffered(ex: Executor, procedureId: string): Promise<boolean> {
  const procedure = await findOnlineLevel(ex, procedureId);
  if (!procedure || !(inForceStatuses as readonly string[]).includes(procedure.status) || !isOfferedOnline(procedure.online_level)) return false;
  if ((await findAdoptedLevels(ex, procedureId)).length === 0) return false;
  const agencies = await listProcedureAgencies(ex, procedureId);
  return hasApprovedWorkflowAt(ex, { procedureId, agencyUnitIds: agencies.map((a) => a.id) });
}
