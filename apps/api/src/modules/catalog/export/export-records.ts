import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { ProcedureRecord } from '../procedure-record.ts';
import { decisionNumbersOfVersions, listProceduresForExport, type ProcedureRow } from '../procedures.queries.ts';
import { loadVersions } from '../versions.queries.ts';

export interface ExportEntry {
  procedure: ProcedureRow;
  record: ProcedureRecord;
  versionNumber: number;
  decisionNumber: string | null;
}

export interface ExportFilter {
  scope: 'published' | 'all';
  sectors?: string[];
  levels?: string[];
}

/** The records an export covers, each with the version exported and the decision that published it. */
export async function loadExportEntries(db: Kysely<DB>, filter: ExportFilter): Promise<ExportEntry[]> {
  const procedures = await listProceduresForExport(db, filter);
  const versionOf = (p: ProcedureRow) => (filter.scope === 'published' ? p.current_version_id : p.latest_version_id)!;
  const ids = procedures.map(versionOf);
  const [versions, decisions] = await Promise.all([loadVersions(db, ids), decisionNumbersOfVersions(db, ids)]);
  return procedures.map((p) => {
    const v = versions.get(versionOf(p))!;
    return { procedure: p, record: v.record, versionNumber: v.row.number, decisionNumber: decisions.get(v.row.id) ?? null };
  });
}
