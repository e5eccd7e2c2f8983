import { checkProcedureRecord, inForceStatuses, type AdminProcedureDetail, type ProcedureDetail, type VersionDiff, type VersionSummary } from '@motcua/shared';
import { notFound } from '../../platform/errors.ts';
import { findAdoptedLevels } from './adoption.queries.ts';
import { decisionRefOf, presentDetail, presentVersionSummary } from './catalog.presenter.ts';
import {
  findProcedure,
  findProcedureByCode,
  findPublishingDecision,
  listAssignedUnits,
  listPublishingDecisions,
  type ProcedureRow,
} from './procedures.queries.ts';
import { diffRecords } from './version-diff.ts';
import { findVersionByNumber, listVersionRows, loadVersion } from './versions.queries.ts';
import type { Executor } from '../../db/executor.ts';

export async function getProcedureOrThrow(ex: Executor, id: string): Promise<ProcedureRow> {
  const p = await findProcedure(ex, id);
  if (!p) throw notFound('Không tìm thấy thủ tục');
  return p;
}

async function detailOf(ex: Executor, procedure: ProcedureRow, versionId: string): Promise<ProcedureDetail> {
  const [version, decision, units, replacedBy] = await Promise.all([
    loadVersion(ex, versionId),
    findPublishingDecision(ex, versionId),
    listAssignedUnits(ex, procedure.id),
    procedure.replaced_by_procedure_id ? findProcedure(ex, procedure.replaced_by_procedure_id) : Promise.resolve(undefined),
  ]);
  if (!version) throw notFound();
  return presentDetail({
    procedure,
    version,
    decision: decisionRefOf(decision),
    publishedAt: decision?.published_at ?? null,
    units: units.map((u) => ({ unitId: u.unit_id, unitCode: u.code, unitName: u.name, role: u.role })),
    replacedBy: replacedBy ? { code: replacedBy.code, name: replacedBy.name } : null,
  });
}

/**
 * The public record: the version made public by the latest decision. Drafts do not exist for the public, nor do
 * procedures in force that the province has not adopted (they stay in the back office). The levels shown are
 * where the province performs it.
 */
export async function getPublicDetail(ex: Executor, code: string): Promise<ProcedureDetail> {
  const p = await findProcedureByCode(ex, code);
  if (!p || !p.current_version_id) throw notFound('Không tìm thấy thủ tục');
  const inForce = (inForceStatuses as readonly string[]).includes(p.status);
  const levels = inForce ? await findAdoptedLevels(ex, p.id) : null;
  if (levels?.length === 0) throw notFound('Không tìm thấy thủ tục');
  const detail = await detailOf(ex, p, p.current_version_id);
  return levels ? { ...detail, levels } : detail;
}

export async function getAdminDetail(ex: Executor, procedureOrId: string | ProcedureRow): Promise<AdminProcedureDetail> {
  const p = typeof procedureOrId === 'string' ? await getProcedureOrThrow(ex, procedureOrId) : procedureOrId;
  const detail = await detailOf(ex, p, p.latest_version_id!);
  return {
    ...detail,
    latestVersionNumber: p.latest_version_number,
    currentVersionNumber: p.current_version_number,
    pendingChanges: p.current_version_id !== p.latest_version_id,
    check: checkProcedureRecord({ ...detail, code: p.code }),
  };
}

export async function getVersionDetail(ex: Executor, id: string, number: number): Promise<ProcedureDetail> {
  const p = await getProcedureOrThrow(ex, id);
  const v = await findVersionByNumber(ex, id, number);
  if (!v) throw notFound('Không có phiên bản này');
  return detailOf(ex, p, v.id);
}

export async function listVersions(ex: Executor, id: string): Promise<VersionSummary[]> {
  const p = await getProcedureOrThrow(ex, id);
  const [rows, decisions] = await Promise.all([listVersionRows(ex, id), listPublishingDecisions(ex, id)]);
  const byVersion = new Map(decisions.map((d) => [d.version_id, { decision: decisionRefOf(d)!, publishedAt: d.published_at }]));
  return rows.map((r) => presentVersionSummary(r, p, byVersion.get(r.id)));
}

export async function diffVersions(ex: Executor, id: string, from: number, to: number): Promise<VersionDiff> {
  await getProcedureOrThrow(ex, id);
  const [a, b] = await Promise.all([findVersionByNumber(ex, id, from), findVersionByNumber(ex, id, to)]);
  if (!a || !b) throw notFound('Không có phiên bản này');
  const [va, vb] = await Promise.all([loadVersion(ex, a.id), loadVersion(ex, b.id)]);
  return { from, to, changes: diffRecords(va!.record, vb!.record) };
}
