/**
 * The internal-workflow API (quy trình nội bộ): per procedure variant and resolving agency, versions of
 * ordered steps that a control officer drafts and submits and a leader of the agency approves or rejects.
 */
import { z } from 'zod';
import { timeLimitUnits } from '../rules/calendar/deadline-types.ts';
import { workflowStepSchema } from '../rules/workflow/steps.ts';
import { isoInstant, pageOf, versionNumber } from './common.ts';

export const workflowVersionStatuses = ['draft', 'submitted', 'approved', 'rejected', 'superseded'] as const;
export type WorkflowVersionStatus = (typeof workflowVersionStatuses)[number];
export const workflowVersionStatusSchema = z.enum(workflowVersionStatuses);

/** What the actor may do with a workflow now: the UI shows exactly these buttons. */
export const workflowActions = ['edit', 'submit', 'approve', 'reject'] as const;
export type WorkflowAction = (typeof workflowActions)[number];

/** '*' applies to every variant that has no workflow of its own. */
export const ALL_VARIANTS = '*';
const variantKey = z.string().trim().regex(/^(\*|[A-Za-z0-9._-]{1,40})$/, 'Mã trường hợp không hợp lệ');

export const workflowStepsInput = z.array(workflowStepSchema).max(40, 'Tối đa 40 bước');

export const legalLimitView = z.object({ value: z.number(), unit: z.enum(timeLimitUnits) });
export type LegalLimitView = z.infer<typeof legalLimitView>;

const problem = z.object({ path: z.string(), message: z.string() });

export const workflowCheckView = z.object({
  ok: z.boolean(),
  errors: z.array(problem),
  warnings: z.array(problem),
  stepHours: z.array(z.number()),
  totalHours: z.number(),
  limitHours: z.number().nullable(),
  legalLimit: legalLimitView.nullable(),
});
export type WorkflowCheckView = z.infer<typeof workflowCheckView>;

const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
const officerRef = z.object({ id: z.string(), fullName: z.string() }).nullable();

export const workflowVersionView = z.object({
  id: z.string(),
  number: z.number().int(),
  status: workflowVersionStatusSchema,
  steps: z.array(workflowStepSchema),
  totalBudgetHours: z.number(),
  /** The limit the version was last checked against (on submit, then on approval). */
  legalLimit: legalLimitView.nullable(),
  changeNote: z.string().nullable(),
  createdBy: officerRef,
  createdAt: isoInstant,
  submittedBy: officerRef,
  submittedAt: isoInstant.nullable(),
  decidedBy: officerRef,
  decidedAt: isoInstant.nullable(),
  decisionNote: z.string().nullable(),
});
export type WorkflowVersionView = z.infer<typeof workflowVersionView>;

/** The levels where the province performs procedures, each with one default workflow template. */
export const defaultWorkflowLevels = ['province', 'commune'] as const;
export type DefaultWorkflowLevel = (typeof defaultWorkflowLevels)[number];

export const workflowSummary = z.object({
  id: z.string(),
  name: z.string(),
  /** Null on a default template. */
  procedure: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  /** Set on a default template: the level whose adopted procedures use it when they have no workflow of their own. */
  defaultLevel: z.enum(defaultWorkflowLevels).nullable(),
  variantKey: z.string(),
  /** Null for '*' (every variant). */
  variantName: z.string().nullable(),
  agencyUnit: unitRef,
  approvedVersionNumber: z.number().int().nullable(),
  latestVersionNumber: z.number().int(),
  latestStatus: workflowVersionStatusSchema,
  revision: z.number().int(),
  updatedAt: isoInstant,
});
export type WorkflowSummary = z.infer<typeof workflowSummary>;

export const workflowDetail = workflowSummary.extend({
  /** Newest first. */
  versions: z.array(workflowVersionView),
  /** The procedure's current legal limit for this variant (the strictest variant for '*'). */
  legalLimit: legalLimitView.nullable(),
  /** Names of the units the steps and hand-offs refer to. */
  units: z.array(unitRef),
  allowedActions: z.array(z.enum(workflowActions)),
});
export type WorkflowDetail = z.infer<typeof workflowDetail>;

export const workflowPage = pageOf(workflowSummary);

export const workflowListQuery = z.object({
  procedureId: z.string().min(1).optional(),
  agencyUnitId: z.string().min(1).optional(),
  /** The status of the latest version ('submitted': waiting for a leader). */
  status: workflowVersionStatusSchema.optional(),
  /** `true`: only the default templates; `false`: only procedure workflows. */
  defaults: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type WorkflowListQuery = z.infer<typeof workflowListQuery>;

export const createWorkflowBody = z.object({
  procedureId: z.string().min(1),
  variantKey: variantKey.default(ALL_VARIANTS),
  agencyUnitId: z.string().min(1),
  name: z.string().trim().min(1).max(300).optional(),
  steps: workflowStepsInput,
  changeNote: z.string().trim().max(1000).nullable().optional(),
});
export type CreateWorkflowBody = z.input<typeof createWorkflowBody>;

/**
 * The province's default workflow template of a level: used by every adopted procedure of that level that has no
 * approved workflow of its own at the agency. Its steps name no unit: each happens at the dossier's agency.
 */
export const createDefaultWorkflowBody = z.object({
  level: z.enum(defaultWorkflowLevels),
  name: z.string().trim().min(1).max(300).optional(),
  steps: workflowStepsInput,
  changeNote: z.string().trim().max(1000).nullable().optional(),
});
export type CreateDefaultWorkflowBody = z.input<typeof createDefaultWorkflowBody>;

export const saveWorkflowDraftBody = z.object({
  /** The workflow revision the editor started from; a newer one answers 409. */
  baseRevision: z.number().int().min(1),
  name: z.string().trim().min(1).max(300).optional(),
  steps: workflowStepsInput,
  changeNote: z.string().trim().max(1000).nullable().optional(),
});
export type SaveWorkflowDraftBody = z.input<typeof saveWorkflowDraftBody>;

export const submitWorkflowBody = z.object({ changeNote: z.string().trim().max(1000).nullable().optional() });
export const approveWorkflowBody = z.object({ note: z.string().trim().max(1000).nullable().optional() });
export const rejectWorkflowBody = z.object({ reason: z.string().trim().min(1, 'Nhập lý do trả lại').max(1000) });

export const workflowVersionParams = z.object({ id: z.string().min(1).max(64), number: versionNumber });

/** Checks steps without saving them, against the legal limit of a procedure variant (the editor's live check). */
export const checkWorkflowBody = z.object({
  /** Absent for a default template: no legal limit to check against. */
  procedureId: z.string().min(1).optional(),
  variantKey: variantKey.default(ALL_VARIANTS),
  steps: workflowStepsInput,
});
export type CheckWorkflowBody = z.input<typeof checkWorkflowBody>;

/** What the create form needs about a procedure: its variants with their limits and its resolving agencies. */
export const workflowProcedureContext = z.object({
  procedure: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  variants: z.array(z.object({ key: z.string(), name: z.string(), legalLimit: legalLimitView.nullable() })),
  agencies: z.array(unitRef),
  /** Workflows that already exist for the procedure (one per variant and agency). */
  workflows: z.array(z.object({ id: z.string(), variantKey: z.string(), agencyUnitId: z.string() })),
});
export type WorkflowProcedureContext = z.infer<typeof workflowProcedureContext>;
