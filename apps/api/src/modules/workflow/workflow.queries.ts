import { strictestLimit, type LegalLimit, type DefaultWorkflowLevel, type TimeLimitUnit, type WorkflowVersionStatus } from '@motcua/shared';
import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type WorkflowRow = DB['workflows'];
export type WorkflowVersionRow = DB['workflow_versions'];

const summaryColumns = [
  'w.id', 'w.name', 'w.procedure_id', 'w.level', 'w.variant_key', 'w.agency_unit_id', 'w.approved_version_number', 'w.latest_version_number',
  'w.revision', 'w.updated_at', 'p.code as procedure_code', 'p.name as procedure_name', 'u.code as unit_code', 'u.name as unit_name',
  'u.path as unit_path', 'v.status as latest_status',
] as const;

function summaries(ex: Executor) {
  return ex
    .selectFrom('workflows as w')
    // A default template has no procedure.
    .leftJoin('procedures as p', 'p.id', 'w.procedure_id')
    .innerJoin('org_units as u', 'u.id', 'w.agency_unit_id')
    .innerJoin('workflow_versions as v', (j) => j.onRef('v.workflow_id', '=', 'w.id').onRef('v.number', '=', 'w.latest_version_number'));
}

export type WorkflowSummaryRow = Awaited<ReturnType<typeof findWorkflowSummary>> & {};

export const findWorkflowSummary = (ex: Executor, id: string) => summaries(ex).select(summaryColumns).where('w.id', '=', id).executeTakeFirst();

export interface WorkflowListOptions {
  /** Agency subtrees the actor may see (path prefixes). */
  scope: string[];
  procedureId?: string;
  agencyUnitId?: string;
  /** true: only the default templates; false: only procedure workflows; undefined: both. */
  defaults?: boolean;
  status?: WorkflowVersionStatus;
  q?: string;
  limit: number;
  offset: number;
}

export async function listWorkflows(ex: Executor, o: WorkflowListOptions) {
  if (o.scope.length === 0) return { rows: [], total: 0 };
  let q = summaries(ex).where((eb) => eb.or(o.scope.map((p) => eb('u.path', 'like', `${p}%`))));
  if (o.procedureId) q = q.where('w.procedure_id', '=', o.procedureId);
  if (o.defaults !== undefined) q = q.where('w.level', o.defaults ? 'is not' : 'is', null);
  if (o.agencyUnitId) q = q.where('w.agency_unit_id', '=', o.agencyUnitId);
  if (o.status) q = q.where('v.status', '=', o.status);
  if (o.q) {
    const like = `%${o.q.toLowerCase()}%`;
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['p.code']), 'like', like), eb(eb.fn('lower', ['w.name']), 'like', like)]));
  }
  const [rows, count] = await Promise.all([
    q.select(summaryColumns).orderBy(sql`coalesce(p.code, '')`).orderBy('w.level').orderBy('w.variant_key').orderBy('u.code').limit(o.limit).offset(o.offset).execute(),
    q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export const findWorkflow = (ex: Executor, id: string) => ex.selectFrom('workflows').selectAll().where('id', '=', id).executeTakeFirst();

export const findWorkflowByScope = (ex: Executor, s: { procedureId: string; variantKey: string; agencyUnitId: string }) =>
  ex
    .selectFrom('workflows')
    .selectAll()
    .where('procedure_id', '=', s.procedureId)
    .where('variant_key', '=', s.variantKey)
    .where('agency_unit_id', '=', s.agencyUnitId)
    .executeTakeFirst();

export const findTemplateByLevel = (ex: Executor, level: DefaultWorkflowLevel) => ex.selectFrom('workflows').selectAll().where('level', '=', level).executeTakeFirst();

/** The root of the unit tree (the province): default templates belong to it. */
export const findRootUnit = (ex: Executor) =>
  ex.selectFrom('org_units').select(['id', 'code', 'name', 'path']).where('parent_id', 'is', null).orderBy('path').limit(1).executeTakeFirst();

export const listWorkflowsOfProcedure = (ex: Executor, procedureId: string) =>
  ex.selectFrom('workflows').select(['id', 'variant_key', 'agency_unit_id']).where('procedure_id', '=', procedureId).execute();

export const insertWorkflow = (ex: Executor, row: WorkflowRow) => ex.insertInto('workflows').values(row).execute();

/**
 * Moves the workflow to a new revision, only if it is still at the one the caller read: the optimistic lock
 * that keeps two editors (or an editor and an approver) from overwriting each other.
 */
export async function bumpWorkflow(ex: Executor, id: string, baseRevision: number, patch: Partial<WorkflowRow>): Promise<boolean> {
  const res = await ex
    .updateTable('workflows')
    .set({ ...patch, revision: baseRevision + 1 })
    .where('id', '=', id)
    .where('revision', '=', baseRevision)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const listVersions = (ex: Executor, workflowId: string) =>
  ex.selectFrom('workflow_versions').selectAll().where('workflow_id', '=', workflowId).orderBy('number', 'desc').execute();

export const findVersion = (ex: Executor, workflowId: string, number: number) =>
  ex.selectFrom('workflow_versions').selectAll().where('workflow_id', '=', workflowId).where('number', '=', number).executeTakeFirst();

export const insertVersion = (ex: Executor, row: WorkflowVersionRow) => ex.insertInto('workflow_versions').values(row).execute();

export const updateVersion = (ex: Executor, id: string, patch: Partial<WorkflowVersionRow>) =>
  ex.updateTable('workflow_versions').set(patch).where('id', '=', id).execute();

/** Versions of the workflow in one status, other than the given one (the pending or approved one a new decision replaces). */
export const findVersionsInStatus = (ex: Executor, workflowId: string, status: WorkflowVersionStatus, except: string) =>
  ex.selectFrom('workflow_versions').selectAll().where('workflow_id', '=', workflowId).where('status', '=', status).where('id', '!=', except).execute();

export const findUnit = (ex: Executor, id: string) => ex.selectFrom('org_units').select(['id', 'code', 'name', 'path']).where('id', '=', id).executeTakeFirst();

export const findUnits = (ex: Executor, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : ex.selectFrom('org_units').select(['id', 'code', 'name', 'path']).where('id', 'in', ids).execute();

export const findOfficerNames = (ex: Executor, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : ex.selectFrom('officers').select(['id', 'full_name']).where('id', 'in', ids).execute();

export const findProcedure = (ex: Executor, id: string) =>
  ex.selectFrom('procedures').select(['id', 'code', 'name', 'current_version_id', 'latest_version_id']).where('id', '=', id).executeTakeFirst();

/** The agencies that resolve a procedure (implementing units in the catalog). */
export const listResolvingAgencies = (ex: Executor, procedureId: string) =>
  ex
    .selectFrom('procedure_units as pu')
    .innerJoin('org_units as u', 'u.id', 'pu.unit_id')
    .select(['u.id', 'u.code', 'u.name', 'u.path'])
    .where('pu.procedure_id', '=', procedureId)
    .where('pu.role', '=', 'implementing')
    .orderBy('u.code')
    .execute();

export interface VariantLimit {
  key: string;
  name: string;
  /** The strictest of the variant's limit and its channels' limits. */
  legalLimit: LegalLimit | null;
}

const limitOf = (value: number | null, unit: TimeLimitUnit | null): LegalLimit | null => (value === null || unit === null ? null : { value: Number(value), unit });

/** The variants of the procedure's public version (its latest draft before the first publication), with their limits. */
export async function listVariantLimits(ex: Executor, procedure: { current_version_id: string | null; latest_version_id: string | null }): Promise<VariantLimit[]> {
  const versionId = procedure.current_version_id ?? procedure.latest_version_id;
  if (!versionId) return [];
  const variants = await ex
    .selectFrom('procedure_variants')
    .select(['id', 'key', 'name', 'time_limit_value', 'time_limit_unit'])
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute();
  if (variants.length === 0) return [];
  const channels = await ex
    .selectFrom('variant_channels')
    .select(['variant_id', 'time_limit_value', 'time_limit_unit'])
    .where('variant_id', 'in', variants.map((v) => v.id))
    .execute();
  return variants.map((v) => ({
    key: v.key,
    name: v.name,
    legalLimit: strictestLimit([
      limitOf(v.time_limit_value, v.time_limit_unit),
      ...channels.filter((c) => c.variant_id === v.id).map((c) => limitOf(c.time_limit_value, c.time_limit_unit)),
    ]),
  }));
}

/** Names of the variants of the given procedures' public (else latest) versions, keyed `procedureId:key`. */
export async function findVariantNames(ex: Executor, procedureIds: string[]): Promise<Map<string, string>> {
  if (procedureIds.length === 0) return new Map();
  const rows = await ex
    .selectFrom('procedures as p')
    .innerJoin('procedure_variants as pv', (j) => j.on((eb) => eb('pv.version_id', '=', eb.fn.coalesce('p.current_version_id', 'p.latest_version_id'))))
    .select(['p.id', 'pv.key', 'pv.name'])
    .where('p.id', 'in', [...new Set(procedureIds)])
    .execute();
  return new Map(rows.map((r) => [`${r.id}:${r.key}`, r.name]));
}
