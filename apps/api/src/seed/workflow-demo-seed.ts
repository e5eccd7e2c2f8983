import { checkWorkflow, strictestLimit, type LegalLimit, type WorkflowStep } from '@motcua/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Engine } from '../db/database.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { newId } from '../platform/ids.ts';

/** Fixed steps take half a working day each; appraisal gets what is left of the limit. */
const FIXED_DAYS = 0.5;
const FIXED_STEPS = 6;

/**
 * The Sở Tư pháp's approved internal workflow for each of its provincial procedures whose limit is in working
 * days and long enough for the standard shape: receive → transfer → appraise → approve → sign → issue → return.
 */
export function demoSteps(limit: LegalLimit): WorkflowStep[] | null {
  if (limit.unit !== 'working_days') return null;
  const appraiseDays = limit.value - FIXED_DAYS * FIXED_STEPS;
  if (appraiseDays < 0.5) return null;
  const step = (key: string, kind: WorkflowStep['kind'], name: string, actorRole: WorkflowStep['actorRole'], days: number, sendBackTo: string | null = null): WorkflowStep => ({
    key, kind, name, actorRole, unitId: null, budget: { value: days, unit: 'working_days' }, sendBackTo, handOff: null,
  });
  return [
    step('s1', 'receive', 'Tiếp nhận, kiểm tra hồ sơ tại Bộ phận Một cửa', 'desk_officer', FIXED_DAYS),
    step('s2', 'transfer', 'Chuyển hồ sơ đến Sở Tư pháp', 'desk_officer', FIXED_DAYS),
    step('s3', 'appraise', 'Thẩm định hồ sơ, dự thảo kết quả', 'specialist', appraiseDays),
    step('s4', 'approve', 'Lãnh đạo Sở phê duyệt', 'leader', FIXED_DAYS, 's3'),
    step('s5', 'sign', 'Lãnh đạo Sở ký kết quả', 'leader', FIXED_DAYS, 's3'),
    step('s6', 'issue_result', 'Vào sổ, ban hành và chuyển kết quả', 'specialist', FIXED_DAYS),
    step('s7', 'return', 'Trả kết quả cho tổ chức, cá nhân', 'desk_officer', FIXED_DAYS),
  ];
}

/** One query for the limits, two multi-row inserts: the first `npm start` stays fast. */
export async function seedDemoWorkflows(db: Kysely<DB>, engine: Engine, now: string, provinceCode: string): Promise<number> {
  const agency = await db.selectFrom('org_units').select(['id']).where('code', '=', `${provinceCode}.STP`).executeTakeFirst();
  const approver = await db.selectFrom('officers').select('id').where('username', '=', 'lanhdao').executeTakeFirst();
  const author = await db.selectFrom('officers').select('id').where('username', '=', 'kiemsoat').executeTakeFirst();
  if (!agency) return 0;
  const variants = await db
    .selectFrom('procedure_units as pu')
    .innerJoin('procedures as p', 'p.id', 'pu.procedure_id')
    .innerJoin('procedure_variants as v', 'v.version_id', 'p.current_version_id')
    .select(['p.id', 'p.name', 'v.time_limit_value', 'v.time_limit_unit'])
    .where('pu.unit_id', '=', agency.id)
    .where('pu.role', '=', 'implementing')
    .orderBy('p.code')
    .execute();
  const limits = new Map<string, { name: string; limits: (LegalLimit | null)[] }>();
  for (const v of variants) {
    const entry = limits.get(v.id) ?? { name: v.name, limits: [] };
    entry.limits.push(v.time_limit_value === null || v.time_limit_unit === null ? null : { value: Number(v.time_limit_value), unit: v.time_limit_unit });
    limits.set(v.id, entry);
  }
  const workflows: DB['workflows'][] = [];
  const versions: DB['workflow_versions'][] = [];
  for (const [procedureId, { name, limits: list }] of limits) {
    // Every variant must have a limit: a '*' workflow serves all of them.
    const limit = list.every((l) => l !== null) ? strictestLimit(list) : null;
    const steps = limit && demoSteps(limit);
    if (!limit || !steps) continue;
    const check = checkWorkflow(steps, limit);
    if (!check.ok) continue;
    const id = newId();
    const versionId = newId();
    workflows.push({
      id, procedure_id: procedureId, level: null, variant_key: '*', agency_unit_id: agency.id, name, approved_version_id: versionId, approved_version_number: 1,
      latest_version_number: 1, revision: 3, created_at: now, updated_at: now,
    });
    versions.push({
      id: versionId, workflow_id: id, number: 1, status: 'approved', steps: JSON.stringify(steps), total_budget_hours: check.totalHours,
      legal_limit_value: limit.value, legal_limit_unit: limit.unit, change_note: 'Quy trình nội bộ ban hành kèm theo quyết định công bố',
      created_by: author?.id ?? null, created_at: now, submitted_by: author?.id ?? null, submitted_at: now, decided_by: approver?.id ?? null,
      decided_at: now, decision_note: null,
    });
  }
  if (workflows.length === 0) return 0;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < workflows.length; i += 200) await trx.insertInto('workflows').values(workflows.slice(i, i + 200)).execute();
    for (let i = 0; i < versions.length; i += 200) await trx.insertInto('workflow_versions').values(versions.slice(i, i + 200)).execute();
    await appendAudit(trx, engine, now, {
      actor: { kind: 'system', id: null }, action: 'system.demo_workflows_seeded', entityType: 'workflow', orgUnitId: agency.id,
      data: { workflows: workflows.length },
    });
  });
  return workflows.length;
}
