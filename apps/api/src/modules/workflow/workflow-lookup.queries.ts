import { workflowStepSchema, type DefaultWorkflowLevel, type WorkflowStep } from '@motcua/shared';
import type { Executor } from '../../db/executor.ts';

/** An approved (or once-approved) workflow version as the dossiers module uses it. */
export interface WorkflowVersionForDossier {
  versionId: string;
  number: number;
  name: string;
  steps: WorkflowStep[];
  /** The province's default template of the agency's level, used while the procedure has no workflow of its own there. */
  isDefault: boolean;
}

/** Steps of a version past its draft never change: each such version's JSON is parsed and checked once per process. */
const parsedSteps = new Map<string, WorkflowStep[]>();

export function parseSteps(json: string, versionId?: string): WorkflowStep[] {
  const cached = versionId ? parsedSteps.get(versionId) : undefined;
  if (cached) return cached;
  const steps = workflowStepSchema.array().parse(JSON.parse(json));
  if (versionId) {
    parsedSteps.set(versionId, steps);
    if (parsedSteps.size > 1000) parsedSteps.delete(parsedSteps.keys().next().value!);
  }
  return steps;
}

/**
 * The approved workflow that a new dossier of this procedure variant at this agency starts with: the
 * variant's own workflow first, then the one for every variant ('*'), then the province's approved default
 * template of the agency's level (province or commune). Undefined when none is approved.
 */
export async function findApprovedWorkflow(
  ex: Executor,
  q: { procedureId: string; variantKey: string; agencyUnitId: string },
): Promise<WorkflowVersionForDossier | undefined> {
  const rows = await ex
    .selectFrom('workflows as w')
    .innerJoin('workflow_versions as v', 'v.id', 'w.approved_version_id')
    .select(['w.variant_key', 'w.name', 'v.id', 'v.number', 'v.steps'])
    .where('w.procedure_id', '=', q.procedureId)
    .where('w.agency_unit_id', '=', q.agencyUnitId)
    .where('w.variant_key', 'in', [q.variantKey, '*'])
    .where('v.status', '=', 'approved')
    .execute();
  const row = rows.find((r) => r.variant_key === q.variantKey) ?? rows.find((r) => r.variant_key === '*');
  if (row) return { versionId: row.id, number: row.number, name: row.name, steps: parseSteps(row.steps, row.id), isDefault: false };
  return findDefaultWorkflow(ex, q.agencyUnitId);
}

/** The approved default template of the agency's level, if the province has approved one. */
async function findDefaultWorkflow(ex: Executor, agencyUnitId: string): Promise<WorkflowVersionForDossier | undefined> {
  const row = await ex
    .selectFrom('org_units as u')
    .innerJoin('workflows as w', 'w.level', 'u.level_code')
    .innerJoin('workflow_versions as v', 'v.id', 'w.approved_version_id')
    .select(['w.name', 'v.id', 'v.number', 'v.steps'])
    .where('u.id', '=', agencyUnitId)
    .where('w.procedure_id', 'is', null)
    .where('v.status', '=', 'approved')
    .executeTakeFirst();
  return row && { versionId: row.id, number: row.number, name: row.name, steps: parseSteps(row.steps, row.id), isDefault: true };
}

/**
 * Whether a dossier of the procedure could start a workflow at one of these agencies: an approved workflow of its
 * own there, or an approved default template of one agency's level. Two queries whatever the number of agencies.
 */
export async function hasApprovedWorkflowAt(ex: Executor, q: { procedureId: string; agencyUnitIds: string[] }): Promise<boolean> {
  if (q.agencyUnitIds.length === 0) return false;
  const own = await ex
    .selectFrom('workflows as w')
    .innerJoin('workflow_versions as v', 'v.id', 'w.approved_version_id')
    .select('w.id')
    .where('w.procedure_id', '=', q.procedureId)
    .where('w.agency_unit_id', 'in', q.agencyUnitIds)
    .where('v.status', '=', 'approved')
    .limit(1)
    .executeTakeFirst();
  if (own) return true;
  const template = await ex
    .selectFrom('workflows as w')
    .innerJoin('workflow_versions as v', 'v.id', 'w.approved_version_id')
    .select('w.id')
    .where('w.procedure_id', 'is', null)
    .where('v.status', '=', 'approved')
    .where('w.level', 'in', (eb) => eb.selectFrom('org_units').select((u) => u.ref('level_code').$castTo<DefaultWorkflowLevel>().as('level')).where('id', 'in', q.agencyUnitIds))
    .limit(1)
    .executeTakeFirst();
  return template !== undefined;
}

/** A version by id, whatever its status now (a dossier keeps the version it started with, even once superseded). */
export async function loadWorkflowVersion(ex: Executor, versionId: string): Promise<WorkflowVersionForDossier | undefined> {
  const row = await ex
    .selectFrom('workflow_versions as v')
    .innerJoin('workflows as w', 'w.id', 'v.workflow_id')
    .select(['w.name', 'w.level', 'v.id', 'v.number', 'v.steps', 'v.status'])
    .where('v.id', '=', versionId)
    .executeTakeFirst();
  // A draft is still edited in place: only versions past the draft are cached.
  return row && { versionId: row.id, number: row.number, name: row.name, steps: parseSteps(row.steps, row.status === 'draft' ? undefined : row.id), isDefault: row.level !== null };
}
