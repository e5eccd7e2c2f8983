import { checkProcedureRecord, inForceStatuses, type ConsistencyReport, type DecisionAction, type DecisionCheck } from '@motcua/shared';
import type { DecisionRow } from './decisions.queries.ts';
import { listDecisionItems, listDecisionServiceLists } from './decisions.queries.ts';
import { findProceduresByIds, type ProcedureRow } from './procedures.queries.ts';
import { timingOf } from './timing.ts';
import { loadVersions, type LoadedVersion } from './versions.queries.ts';
import type { Executor } from '../../db/executor.ts';

const inForce = (status: string) => (inForceStatuses as readonly string[]).includes(status);

export interface CheckedItem {
  procedure: ProcedureRow;
  action: DecisionAction;
  replacedByProcedureId: string | null;
  latest: LoadedVersion;
  check: ConsistencyReport;
}

function problemOf(item: CheckedItem, newInDecision: Set<string>, byId: Map<string, ProcedureRow>): string | null {
  const { procedure: p, action } = item;
  if (action === 'new' && p.status !== 'draft') return `${p.code}: đã công bố trước đây, hãy công bố là "sửa đổi, bổ sung"`;
  if (action !== 'new' && !inForce(p.status)) return `${p.code}: chưa được công bố hoặc đã hết hiệu lực, không thể ${action === 'amended' ? 'sửa đổi' : action === 'replaced' ? 'thay thế' : 'bãi bỏ'}`;
  if (action === 'amended' && p.current_version_id === p.latest_version_id) return `${p.code}: không có thay đổi nào chưa công bố`;
  if (action === 'replaced') {
    const by = item.replacedByProcedureId ? byId.get(item.replacedByProcedureId) : undefined;
    if (!by) return `${p.code}: chưa chọn thủ tục thay thế`;
    if (!inForce(by.status) && !newInDecision.has(by.id)) return `${p.code}: thủ tục thay thế ${by.code} chưa được công bố`;
  }
  return null;
}

/** What issuing the decision now would do: per item its consistency check, plus blocking problems. */
export async function checkDecision(ex: Executor, decision: DecisionRow, now: string): Promise<{ result: DecisionCheck; items: CheckedItem[] }> {
  const itemRows = await listDecisionItems(ex, decision.id);
  const lists = await listDecisionServiceLists(ex, decision.id);
  const ids = [...new Set(itemRows.flatMap((i) => [i.procedure_id, ...(i.replaced_by_procedure_id ? [i.replaced_by_procedure_id] : [])]))];
  const procedures = await findProceduresByIds(ex, ids);
  const byId = new Map(procedures.map((p) => [p.id, p]));
  const versions = await loadVersions(ex, itemRows.map((i) => byId.get(i.procedure_id)!.latest_version_id!));
  const items: CheckedItem[] = itemRows.map((i) => {
    const procedure = byId.get(i.procedure_id)!;
    const latest = versions.get(procedure.latest_version_id!)!;
    const action = i.action;
    const check = action === 'new' || action === 'amended' ? checkProcedureRecord(latest.record) : { complete: true, missing: [] };
    return { procedure, action, replacedByProcedureId: i.replaced_by_procedure_id, latest, check };
  });
  const newInDecision = new Set(items.filter((i) => i.action === 'new').map((i) => i.procedure.id));
  const problems = items.map((i) => problemOf(i, newInDecision, byId)).filter((p): p is string => p !== null);
  if (items.length === 0 && lists.length === 0) problems.push('Quyết định chưa công bố thủ tục hay danh mục nào');
  for (const l of lists) if (l.status !== 'draft') problems.push(`Danh mục của ${l.unit_name} đã được công bố`);
  if (decision.status !== 'draft') problems.push('Quyết định đã được ban hành');
  const timing = timingOf({ ...decision, issued_at: decision.issued_at ?? now }, now);
  return {
    result: {
      ready: problems.length === 0 && items.every((i) => i.check.complete),
      timing,
      items: items.map((i) => ({ procedureId: i.procedure.id, code: i.procedure.code, action: i.action, check: i.check })),
      problems,
    },
    items,
  };
}
