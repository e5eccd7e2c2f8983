import {
  type AssignedUnit,
  type CatalogTimeLimit,
  type DecisionRef,
  type ProcedureDetail,
  type ProcedureSummary,
  type ProcedureVariant,
  type AdminProcedureSummary,
  type VersionSummary,
} from '@motcua/shared';
import type { ProcedureRecord, VariantRecord } from './procedure-record.ts';
import type { AdminListRow, ProcedureRow } from './procedures.queries.ts';
import type { IndexedProcedure } from './search-index.ts';
import type { LoadedVersion } from './versions.queries.ts';

export const presentVariant = (v: VariantRecord, id: string, position: number): ProcedureVariant => ({
  id,
  key: v.key,
  position,
  name: v.name,
  timeLimit: v.timeLimit,
  timeLimitNote: v.timeLimitNote,
  channels: v.channels,
  fees: v.fees,
  documents: v.documents.map((d, i) => ({ ...d, position: i })),
  eForm: v.eForm,
});

export interface DetailContext {
  procedure: ProcedureRow;
  version: LoadedVersion;
  decision: DecisionRef | null;
  publishedAt: string | null;
  units: AssignedUnit[];
  replacedBy: { code: string; name: string } | null;
}

export function presentDetail(c: DetailContext): ProcedureDetail {
  const r: ProcedureRecord = c.version.record;
  return {
    id: c.procedure.id,
    code: c.procedure.code,
    name: r.name,
    kind: r.kind,
    sector: r.sector,
    levels: r.levels,
    subjects: r.subjects,
    agencies: r.agencies,
    assignedUnits: c.units,
    steps: r.steps,
    conditions: r.conditions,
    results: r.results,
    legalBasis: r.legalBasis,
    related: r.related,
    interAgency: r.interAgency,
    onlineLevel: r.onlineLevel,
    postal: r.postal,
    onTheSpot: r.onTheSpot,
    ownerUnitId: r.ownerUnitId,
    status: c.procedure.status as ProcedureDetail['status'],
    version: { id: c.version.row.id, number: c.version.row.number, createdAt: c.version.row.created_at },
    decision: c.decision,
    publishedAt: c.publishedAt,
    replacedBy: c.replacedBy,
    variants: r.variants.map((v, i) => presentVariant(v, c.version.variantIds[i] ?? v.key, i)),
  };
}

const timeLimitOf = (value: number | null, unit: string | null): CatalogTimeLimit | null =>
  value === null || unit === null ? null : { value: Number(value), unit: unit as CatalogTimeLimit['unit'] };
export const levelsOfKey = (key: string) => key.split('|').filter(Boolean);

export const presentSearchRow = (r: IndexedProcedure): ProcedureSummary => ({
  id: r.id,
  code: r.code,
  name: r.name,
  sector: { code: r.sector_code, name: r.sector_name },
  levels: levelsOfKey(r.levels_key),
  onlineLevel: r.online_level as ProcedureSummary['onlineLevel'],
  status: r.status as ProcedureSummary['status'],
  timeLimit: timeLimitOf(r.time_limit_value, r.time_limit_unit),
  competentAgency: r.competent_agency,
  versionNumber: Number(r.current_version_number ?? r.latest_version_number),
});

export const decisionRefOf = (d: { id: string; number: string; signed_on: string | null; issuer_level: string } | undefined): DecisionRef | null =>
  d ? { id: d.id, number: d.number, signedOn: d.signed_on, issuerLevel: d.issuer_level as DecisionRef['issuerLevel'] } : null;

export function presentVersionSummary(
  v: { id: string; number: number; created_at: string; source: string; change_note: string | null; created_by_name: string | null },
  procedure: ProcedureRow,
  published: { decision: DecisionRef; publishedAt: string | null } | undefined,
): VersionSummary {
  return {
    id: v.id,
    number: v.number,
    createdAt: v.created_at,
    createdBy: v.created_by_name,
    source: v.source as VersionSummary['source'],
    changeNote: v.change_note,
    decision: published?.decision ?? null,
    publishedAt: published?.publishedAt ?? null,
    isCurrent: procedure.current_version_id === v.id,
    isLatest: procedure.latest_version_id === v.id,
  };
}

/** A back-office list row: the latest version's name and sector, the public version's number. */
export const presentAdminSummary = (p: AdminListRow): AdminProcedureSummary => ({
  id: p.id,
  code: p.code,
  name: p.latest_name,
  sector: { code: p.latest_sector_code, name: p.sector_name },
  levels: JSON.parse(p.levels) as string[],
  onlineLevel: p.latest_online_level as AdminProcedureSummary['onlineLevel'],
  status: p.status as AdminProcedureSummary['status'],
  competentAgency: p.latest_competent_agency,
  timeLimit: timeLimitOf(p.time_limit_value, p.time_limit_unit),
  versionNumber: p.latest_version_number,
  latestVersionNumber: p.latest_version_number,
  currentVersionNumber: p.current_version_number,
  pendingChanges: p.current_version_id !== p.latest_version_id,
  updatedAt: p.updated_at,
});
