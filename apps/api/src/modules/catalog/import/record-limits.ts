import { createProcedureBody, type ParseIssue } from '@motcua/shared';
import type { ProcedureRecord } from '../procedure-record.ts';

/**
 * What the editors' contract refuses in an imported record, as the record's issues. A record the contract
 * refuses is not stored: the catalog could not answer it on the portal, nor take it back from an editor.
 * The contracts' limits are those of the national data (packages/shared/src/contracts/limits.ts).
 */
export function contractIssues(record: ProcedureRecord): ParseIssue[] {
  const result = createProcedureBody.safeParse(record);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: `Không lưu được: ${issue.message}` }));
}
