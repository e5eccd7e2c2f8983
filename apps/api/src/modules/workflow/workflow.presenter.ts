import type { LegalLimitView, TimeLimitUnit, WorkflowSummary, WorkflowVersionView } from '@motcua/shared';
import { parseSteps } from './workflow-lookup.queries.ts';
import type { WorkflowSummaryRow, WorkflowVersionRow } from './workflow.queries.ts';

export const presentLimit = (value: number | null, unit: TimeLimitUnit | null): LegalLimitView | null =>
  value === null || unit === null ? null : { value: Number(value), unit };

export function presentSummary(row: WorkflowSummaryRow, variantName: string | null): WorkflowSummary {
  return {
    id: row.id,
    name: row.name,
    procedure: row.procedure_id ? { id: row.procedure_id, code: row.procedure_code ?? '', name: row.procedure_name ?? '' } : null,
    defaultLevel: (row.level as WorkflowSummary['defaultLevel']) ?? null,
    variantKey: row.variant_key,
    variantName,
    agencyUnit: { id: row.agency_unit_id, code: row.unit_code, name: row.unit_name },
    approvedVersionNumber: row.approved_version_number,
    latestVersionNumber: row.latest_version_number,
    latestStatus: row.latest_status,
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}

export function presentVersion(v: WorkflowVersionRow, names: Map<string, string>): WorkflowVersionView {
  const officer = (id: string | null) => (id ? { id, fullName: names.get(id) ?? '' } : null);
  return {
    id: v.id,
    number: v.number,
    status: v.status,
    steps: parseSteps(v.steps),
    totalBudgetHours: Number(v.total_budget_hours),
    legalLimit: presentLimit(v.legal_limit_value, v.legal_limit_unit),
    changeNote: v.change_note,
    createdBy: officer(v.created_by),
    createdAt: v.created_at,
    submittedBy: officer(v.submitted_by),
    submittedAt: v.submitted_at,
    decidedBy: officer(v.decided_by),
    decidedAt: v.decided_at,
    decisionNote: v.decision_note,
  };
}
