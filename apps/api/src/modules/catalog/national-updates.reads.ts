import type { NationalUpdateDetail, NationalUpdateSummary } from '@motcua/shared';
import { notFound } from '../../platform/errors.ts';
import type { MergeConflict } from './import/merge-national.ts';
import { findNationalUpdate, listNationalUpdates, versionNumbers, type NationalUpdateRow } from './national-updates.queries.ts';
import { findProcedure, type ProcedureRow } from './procedures.queries.ts';
import { diffRecords } from './version-diff.ts';
import { loadVersions } from './versions.queries.ts';
import type { Executor } from '../../db/executor.ts';

function present(u: NationalUpdateRow, p: Pick<ProcedureRow, 'code' | 'name' | 'current_version_number'>, numbers: Map<string, number>): NationalUpdateSummary {
  return {
    id: u.id, procedureId: u.procedure_id, code: p.code, name: p.name, status: u.status as NationalUpdateSummary['status'],
    decisionNumber: u.decision_number, createdAt: u.created_at, decidedAt: u.decided_at, conflictCount: (JSON.parse(u.conflicts) as unknown[]).length,
    baseVersion: u.base_version_id ? (numbers.get(u.base_version_id) ?? null) : null, nationalVersion: numbers.get(u.national_version_id)!,
    mergedVersion: numbers.get(u.merged_version_id)!, currentVersion: p.current_version_number,
  };
}

export async function listNationalUpdatePage(ex: Executor, q: { status: string; page: number; pageSize: number }) {
  const { rows, total } = await listNationalUpdates(ex, { status: q.status, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  const numbers = await versionNumbers(ex, rows.flatMap((r) => [r.base_version_id ?? '', r.national_version_id, r.merged_version_id]));
  return { items: rows.map((r) => present(r, r, numbers)), total, page: q.page, pageSize: q.pageSize };
}

/**
 * A national update as the control officer reviews it: what the ministry changed (last national version →
 * new national record), the conflicts and the province values kept, and, while pending, what accepting
 * would change on the public record (public version → working head, which includes any later edits).
 */
export async function getNationalUpdateDetail(ex: Executor, id: string): Promise<NationalUpdateDetail> {
  const u = await findNationalUpdate(ex, id);
  if (!u) throw notFound('Không tìm thấy cập nhật từ CSDL quốc gia');
  const p = (await findProcedure(ex, u.procedure_id))!;
  const pending = u.status === 'pending';
  const after = pending ? p.latest_version_id! : u.merged_version_id;
  const before = pending ? p.current_version_id : u.previous_version_id;
  const ids = [u.base_version_id, u.previous_version_id, u.national_version_id, after, before].filter((x): x is string => !!x);
  const [versions, numbers] = await Promise.all([loadVersions(ex, [...new Set(ids)]), versionNumbers(ex, ids)]);
  const record = (vid: string) => versions.get(vid)!.record;
  return {
    ...present(u, p, numbers),
    nationalChanges: diffRecords(record(u.base_version_id ?? u.previous_version_id), record(u.national_version_id)),
    conflicts: JSON.parse(u.conflicts) as MergeConflict[],
    kept: JSON.parse(u.kept) as string[],
    publicChanges: before ? diffRecords(record(before), record(after)) : [],
  };
}
