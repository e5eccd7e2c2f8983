/**
 * The steps of an internal workflow (quy trình nội bộ): per procedure variant and resolving agency, the
 * ordered steps, who acts at each and its time budget. A dossier keeps the approved version it started with;
 * each hand-over between steps is a row of its process-control sheet.
 */
import { z } from 'zod';

export const workflowStepKinds = ['receive', 'transfer', 'appraise', 'verify', 'consult', 'approve', 'sign', 'issue_result', 'return'] as const;
export type WorkflowStepKind = (typeof workflowStepKinds)[number];

export const workflowStepKindLabels: Record<WorkflowStepKind, string> = {
  receive: 'Tiếp nhận hồ sơ',
  transfer: 'Chuyển hồ sơ đến cơ quan giải quyết',
  appraise: 'Thẩm định hồ sơ',
  verify: 'Xác minh, kiểm tra thực tế',
  consult: 'Lấy ý kiến cơ quan liên quan',
  approve: 'Phê duyệt',
  sign: 'Ký kết quả',
  issue_result: 'Ban hành, chuyển kết quả',
  return: 'Trả kết quả',
};

/** Roles that may act at a step. */
export const workflowActorRoles = ['desk_officer', 'specialist', 'leader'] as const;
export type WorkflowActorRole = (typeof workflowActorRoles)[number];

export const stepBudgetUnits = ['working_days', 'working_hours'] as const;
export type StepBudgetUnit = (typeof stepBudgetUnits)[number];

export const stepBudgetSchema = z.object({
  value: z.number().positive().max(365),
  unit: z.enum(stepBudgetUnits),
});
export type StepBudget = z.infer<typeof stepBudgetSchema>;

/** An agency taking part in an inter-agency step, with its own deadline. */
export const handOffUnitSchema = z.object({
  unitId: z.string().min(1),
  role: z.enum(['lead', 'participant', 'higher_level']),
  task: z.string().max(500).nullable().default(null),
  budget: stepBudgetSchema,
});
export type HandOffUnit = z.infer<typeof handOffUnitSchema>;

export const workflowStepSchema = z.object({
  /** Stable within a version: 's1', 's2'… (send-backs and the process-control sheet refer to it). */
  key: z.string().regex(/^[a-z0-9_-]{1,32}$/),
  kind: z.enum(workflowStepKinds),
  name: z.string().trim().min(1).max(200),
  actorRole: z.enum(workflowActorRoles),
  /** The unit that acts; null: the dossier's resolving agency (its receiving desk for receive and return). */
  unitId: z.string().min(1).nullable().default(null),
  budget: stepBudgetSchema,
  /** Where a send-back from this step goes; null: the previous step. */
  sendBackTo: z.string().nullable().default(null),
  /**
   * Inter-agency step: same level in parallel (each agency its own deadline, one lead) or in sequence, or up
   * to an agency of a higher level whose result comes back to the receiving desk.
   */
  handOff: z
    .object({ mode: z.enum(['parallel', 'sequence', 'escalation']), units: z.array(handOffUnitSchema).min(1).max(20) })
    .nullable()
    .default(null),
});
export type WorkflowStep = z.infer<typeof workflowStepSchema>;

export const WORKING_HOURS_PER_DAY = 8;

export function budgetHours(budget: StepBudget): number {
  return budget.unit === 'working_days' ? budget.value * WORKING_HOURS_PER_DAY : budget.value;
}
