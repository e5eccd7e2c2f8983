import { checkWorkflow, type WorkflowStep } from '@motcua/shared';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Engine } from '../db/database.ts';
import { appendAudit } from '../platform/audit/audit.ts';
import { newId } from '../platform/ids.ts';

const step = (key: string, kind: WorkflowStep['kind'], name: string, actorRole: WorkflowStep['actorRole'], days: number, sendBackTo: string | null = null): WorkflowStep => ({
  key, kind, name, actorRole, unitId: null, budget: { value: days, unit: 'working_days' }, sendBackTo, handOff: null,
});

/**
 * The province's default workflows: every step at the dossier's own agency (its desk for receipt and return), so
 * an adopted procedure without a workflow of its own can still go from receipt to result.
 */
export function defaultTemplateSteps(level: 'province' | 'commune'): WorkflowStep[] {
  const agency = level === 'province' ? 'cơ quan giải quyết' : 'Ủy ban nhân dân cấp xã';
  return [
    step('s1', 'receive', 'Tiếp nhận, kiểm tra hồ sơ tại Bộ phận Một cửa', 'desk_officer', 0.5),
    step('s2', 'transfer', `Chuyển hồ sơ đến ${agency}`, 'desk_officer', 0.5),
    step('s3', 'appraise', 'Thẩm định hồ sơ, dự thảo kết quả', 'specialist', level === 'province' ? 2 : 1),
    step('s4', 'approve', 'Lãnh đạo phê duyệt', 'leader', 0.5, 's3'),
    step('s5', 'sign', 'Lãnh đạo ký kết quả', 'leader', 0.5, 's3'),
    step('s6', 'issue_result', 'Vào sổ, ban hành và chuyển kết quả', 'specialist', 0.5),
    step('s7', 'return', 'Trả kết quả cho tổ chức, cá nhân', 'desk_officer', 0.5),
  ];
}

/** One approved default template per level, written by `kiemsoat` and approved by the province's leader `lanhdaotinh`. */
export async function seedDefaultWorkflows(db: Kysely<DB>, engine: Engine, now: string): Promise<number> {
  const root = await db.selectFrom('org_units').select('id').where('parent_id', 'is', null).orderBy('path').executeTakeFirst();
  if (!root) return 0;
  const author = await db.selectFrom('officers').select('id').where('username', '=', 'kiemsoat').executeTakeFirst();
  const approver = await db.selectFrom('officers').select('id').where('username', '=', 'lanhdaotinh').executeTakeFirst();
  const levels = [['province', 'Quy trình mặc định cấp tỉnh'], ['commune', 'Quy trình mặc định cấp xã']] as const;
  await db.transaction().execute(async (trx) => {
    for (const [level, name] of levels) {
      const steps = defaultTemplateSteps(level);
      const id = newId();
      const versionId = newId();
      await trx.insertInto('workflows').values({
        id, procedure_id: null, level, variant_key: '*', agency_unit_id: root.id, name, approved_version_id: versionId, approved_version_number: 1,
        latest_version_number: 1, revision: 3, created_at: now, updated_at: now,
      }).execute();
      await trx.insertInto('workflow_versions').values({
        id: versionId, workflow_id: id, number: 1, status: 'approved', steps: JSON.stringify(steps), total_budget_hours: checkWorkflow(steps, null).totalHours,
        legal_limit_value: null, legal_limit_unit: null, change_note: 'Quy trình mặc định cho thủ tục chưa có quy trình nội bộ riêng',
        created_by: author?.id ?? null, created_at: now, submitted_by: author?.id ?? null, submitted_at: now, decided_by: approver?.id ?? null,
        decided_at: now, decision_note: null,
      }).execute();
    }
    await appendAudit(trx, engine, now, {
      actor: { kind: 'system', id: null }, action: 'system.demo_default_workflows_seeded', entityType: 'workflow', orgUnitId: root.id, data: { levels: levels.map(([l]) => l) },
    });
  });
  return levels.length;
}
