import {
  ALL_VARIANTS,
  strictestLimit,
  type LegalLimit,
  type WorkflowDetail,
  type WorkflowListQuery,
  type WorkflowProcedureContext,
  type WorkflowSummary,
  type WorkflowVersionView,
} from '@motcua/shared';
import type { Actor } from '../../platform/auth/actor.ts';
import { notFound } from '../../platform/errors.ts';
import { parseSteps } from './workflow-lookup.queries.ts';
import { allowedActions, assertCanRead, assertMayReadWorkflows, readScope } from './workflow.policy.ts';
import { presentSummary, presentVersion } from './workflow.presenter.ts';
import {
  findOfficerNames,
  findProcedure,
  findUnits,
  findVariantNames,
  findVersion,
  findWorkflowSummary,
  listResolvingAgencies,
  listVariantLimits,
  listVersions,
  listWorkflows,
  listWorkflowsOfProcedure,
  type WorkflowSummaryRow,
} from './workflow.queries.ts';
import type { Executor } from '../../db/executor.ts';

/**
 * The legal limit a workflow must fit in, from the procedure's public version: its variant's, or for '*'
 * the strictest of all variants (the workflow then serves each of them).
 */
export async function currentLegalLimit(ex: Executor, procedureId: string | null, variantKey: string): Promise<LegalLimit | null> {
  // A default template serves procedures of every limit: it is checked without one.
  if (procedureId === null) return null;
  const procedure = await findProcedure(ex, procedureId);
  if (!procedure) return null;
  const variants = await listVariantLimits(ex, procedure);
  if (variantKey === ALL_VARIANTS) return strictestLimit(variants.map((v) => v.legalLimit));
  return variants.find((v) => v.key === variantKey)?.legalLimit ?? null;
}

export async function getSummaryOrThrow(ex: Executor, id: string): Promise<WorkflowSummaryRow> {
  const row = await findWorkflowSummary(ex, id);
  if (!row) throw notFound('Không tìm thấy quy trình');
  return row;
}

async function variantNameOf(ex: Executor, row: { procedure_id: string | null; variant_key: string }): Promise<string | null> {
  if (row.variant_key === ALL_VARIANTS || row.procedure_id === null) return null;
  return (await findVariantNames(ex, [row.procedure_id])).get(`${row.procedure_id}:${row.variant_key}`) ?? null;
}

async function officerNames(ex: Executor, versions: { created_by: string | null; submitted_by: string | null; decided_by: string | null }[]) {
  const ids = [...new Set(versions.flatMap((v) => [v.created_by, v.submitted_by, v.decided_by]).filter((id): id is string => id !== null))];
  return new Map((await findOfficerNames(ex, ids)).map((o) => [o.id, o.full_name]));
}

export async function getWorkflowDetail(ex: Executor, actor: Actor, id: string): Promise<WorkflowDetail> {
  const row = await getSummaryOrThrow(ex, id);
  assertCanRead(actor, row.unit_path);
  const versions = await listVersions(ex, id);
  const names = await officerNames(ex, versions);
  const steps = versions.flatMap((v) => parseSteps(v.steps));
  const unitIds = new Set(steps.flatMap((s) => [s.unitId, ...(s.handOff?.units.map((u) => u.unitId) ?? [])]).filter((u): u is string => u !== null));
  unitIds.add(row.agency_unit_id);
  const units = (await findUnits(ex, [...unitIds])).map((u) => ({ id: u.id, code: u.code, name: u.name }));
  return {
    ...presentSummary(row, await variantNameOf(ex, row)),
    versions: versions.map((v) => presentVersion(v, names)),
    legalLimit: await currentLegalLimit(ex, row.procedure_id, row.variant_key),
    units,
    allowedActions: allowedActions(actor, row.unit_path, {
      latest: row.latest_status as WorkflowDetail['latestStatus'],
      anySubmitted: versions.some((v) => v.status === 'submitted'),
    }),
  };
}

export async function getWorkflowVersion(ex: Executor, actor: Actor, id: string, number: number): Promise<WorkflowVersionView> {
  const row = await getSummaryOrThrow(ex, id);
  assertCanRead(actor, row.unit_path);
  const version = await findVersion(ex, id, number);
  if (!version) throw notFound('Không có phiên bản này');
  return presentVersion(version, await officerNames(ex, [version]));
}

export async function listWorkflowPage(ex: Executor, actor: Actor, q: WorkflowListQuery) {
  assertMayReadWorkflows(actor);
  const { rows, total } = await listWorkflows(ex, {
    scope: readScope(actor), procedureId: q.procedureId, agencyUnitId: q.agencyUnitId, status: q.status, q: q.q, defaults: q.defaults,
    limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  const names = await findVariantNames(ex, rows.flatMap((r) => (r.variant_key !== ALL_VARIANTS && r.procedure_id ? [r.procedure_id] : [])));
  const items: WorkflowSummary[] = rows.map((r) => presentSummary(r, names.get(`${r.procedure_id}:${r.variant_key}`) ?? null));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getProcedureContext(ex: Executor, actor: Actor, procedureId: string): Promise<WorkflowProcedureContext> {
  assertMayReadWorkflows(actor);
  const procedure = await findProcedure(ex, procedureId);
  if (!procedure) throw notFound('Không tìm thấy thủ tục');
  const scope = readScope(actor);
  const agencies = (await listResolvingAgencies(ex, procedureId)).filter((a) => scope.some((p) => a.path.startsWith(p)));
  const agencyIds = new Set(agencies.map((a) => a.id));
  return {
    procedure: { id: procedure.id, code: procedure.code, name: procedure.name },
    variants: await listVariantLimits(ex, procedure),
    agencies: agencies.map((a) => ({ id: a.id, code: a.code, name: a.name })),
    workflows: (await listWorkflowsOfProcedure(ex, procedureId))
      .filter((w) => agencyIds.has(w.agency_unit_id))
      .map((w) => ({ id: w.id, variantKey: w.variant_key, agencyUnitId: w.agency_unit_id })),
  };
}
