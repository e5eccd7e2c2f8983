import { adoptedProcedureIds, lastNationalVersions, type NationalBase } from '../national-updates.queries.ts';
import { contentHash, type ProcedureRecord } from '../procedure-record.ts';
import type { ProcedureRow } from '../procedures.queries.ts';
import { loadVersions, versionFacts, type LoadedVersion } from '../versions.queries.ts';
import { mergeNational, withStableKeys, type MergeResult } from './merge-national.ts';
import type { Executor } from '../../../db/executor.ts';

/** What the import does with one record of a procedure that exists. */
export type Plan =
  | { kind: 'unchanged' }
  | { kind: 'create'; before: undefined; record: ProcedureRecord }
  /** A new version, published at once with `publish` (a record nobody in the province touched, or the province's spreadsheet). */
  | { kind: 'replace'; before: ProcedureRow; record: ProcedureRecord }
  /** Same content, never made public: publish the latest version. */
  | { kind: 'republish'; before: ProcedureRow; record: ProcedureRecord }
  /** The national record as a version, the merge on top when it differs, waiting for the control officer. */
  | { kind: 'review'; before: ProcedureRow; record: ProcedureRecord; merged: MergeResult | null; baseVersionId: string | null };

export interface PlanningFacts {
  national: boolean;
  hashes: Map<string, string>;
  variants: Map<string, { key: string; name: string }[]>;
  bases: Map<string, NationalBase>;
  loaded: Map<string, LoadedVersion>;
  adopted: Set<string>;
}

/** The owner a national record is compared under: the national record does not know which local unit owns it. */
const ownerFor = (before: ProcedureRow, base: NationalBase | undefined) => (base ? base.ownerUnitId : before.owner_unit_id);

/** Loads what planning needs, whole versions only for the procedures whose national record changed. */
export async function loadPlanningFacts(ex: Executor, items: { record: ProcedureRecord }[], existing: Map<string, ProcedureRow>, national: boolean): Promise<PlanningFacts> {
  const procedures = [...existing.values()];
  const bases = national ? await lastNationalVersions(ex, procedures.map((p) => p.id)) : new Map<string, NationalBase>();
  const { hashes, variants } = await versionFacts(ex, [...new Set([...procedures.map((p) => p.latest_version_id!), ...[...bases.values()].map((b) => b.id)])]);
  const facts: PlanningFacts = { national, hashes, variants, bases, loaded: new Map(), adopted: new Set() };
  if (!national) return facts;
  const changed = items
    .map((i) => ({ record: i.record, before: existing.get(i.record.code) }))
    .filter((x): x is { record: ProcedureRecord; before: ProcedureRow } => x.before !== undefined)
    .filter(({ record, before }) => {
      const base = bases.get(before.id);
      return contentHash({ ...record, ownerUnitId: ownerFor(before, base) }) !== (base?.contentHash ?? hashes.get(before.latest_version_id!));
    })
    .map((x) => x.before);
  facts.loaded = await loadVersions(ex, [...new Set(changed.flatMap((p) => [p.latest_version_id!, bases.get(p.id)?.id].filter((id): id is string => !!id)))]);
  facts.adopted = await adoptedProcedureIds(ex, changed.map((p) => p.id));
  return facts;
}

function planSpreadsheet(incoming: ProcedureRecord, before: ProcedureRow, facts: PlanningFacts, publish: boolean): Plan {
  const record = withStableKeys({ ...incoming, ownerUnitId: before.owner_unit_id }, facts.variants.get(before.latest_version_id!) ?? []);
  if (contentHash(record) !== facts.hashes.get(before.latest_version_id!)) return { kind: 'replace', before, record };
  return publish && before.current_version_id !== before.latest_version_id ? { kind: 'republish', before, record } : { kind: 'unchanged' };
}

/**
 * A national record against a procedure that exists: unchanged if it equals the last national version
 * (whatever the province changed since); otherwise merged with the province's latest version, and held for
 * review when the province adopted the procedure or changed anything since the last national version.
 */
export function planRecord(incoming: ProcedureRecord, before: ProcedureRow, facts: PlanningFacts, opts: { publish: boolean }): Plan {
  if (!facts.national) return planSpreadsheet(incoming, before, facts, opts.publish);
  const base = facts.bases.get(before.id);
  const latestHash = facts.hashes.get(before.latest_version_id!);
  const provinceEdited = !base || (before.latest_version_id !== base.id && latestHash !== base.contentHash);
  const owned = { ...incoming, ownerUnitId: ownerFor(before, base) };
  if (contentHash(owned) === (base?.contentHash ?? latestHash)) {
    const neverPublic = before.current_version_id === null && !provinceEdited;
    return opts.publish && neverPublic ? { kind: 'republish', before, record: owned } : { kind: 'unchanged' };
  }
  const baseVariants = base ? (facts.variants.get(base.id) ?? []) : [];
  const provinceOnly = (facts.variants.get(before.latest_version_id!) ?? []).filter((v) => !baseVariants.some((b) => b.key === v.key));
  const theirs = withStableKeys(owned, [...baseVariants, ...provinceOnly]);
  const ours = facts.loaded.get(before.latest_version_id!)!.record;
  const merge = mergeNational(base ? facts.loaded.get(base.id)!.record : null, ours, theirs);
  if (!provinceEdited && !facts.adopted.has(before.id)) return { kind: 'replace', before, record: merge.record };
  const merged = contentHash(merge.record) === contentHash(theirs) ? null : merge;
  return { kind: 'review', before, record: theirs, merged, baseVersionId: base?.id ?? null };
}
