import { foldVietnamese } from '@motcua/shared';
import { newId } from '../../../platform/ids.ts';
import { stableJson } from '../../../platform/stable-json.ts';
import { canonicalRecord, type ProcedureRecord, type VariantRecord } from '../procedure-record.ts';

/** A field both the province and the national record changed since the last national version: the province's value is kept. */
export interface MergeConflict {
  path: string;
  ours: unknown;
  theirs: unknown;
}

export interface MergeResult {
  record: ProcedureRecord;
  conflicts: MergeConflict[];
  /** Paths where the province's value was carried forward over the national record's. */
  kept: string[];
}

/** Fields of a record that are not content merged field by field. */
const notMerged = new Set(['code', 'variants', 'ownerUnitId']);

const same = (a: unknown, b: unknown) => stableJson(a ?? null) === stableJson(b ?? null);
const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** A variant's name as matched across versions: folded, punctuation and spacing ignored. */
export const normalisedVariantName = (name: string) =>
  foldVietnamese(name).replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Gives the national record's variants the keys they had: first the previous variant of the same
 * (normalised) name, then the one at the same position among those not yet matched, else a new key.
 * Matching by name first keeps a variant inserted at the top from shifting the keys (and so the
 * workflows and dossiers pinned to them) of the variants below it.
 */
export function withStableKeys(record: ProcedureRecord, previous: Pick<VariantRecord, 'key' | 'name'>[]): ProcedureRecord {
  const free = new Map(previous.map((v, i) => [i, v]));
  const assigned = new Array<string | undefined>(record.variants.length);
  const byName = (name: string) => [...free].find(([, p]) => normalisedVariantName(p.name) === normalisedVariantName(name));
  record.variants.forEach((v, i) => {
    const hit = byName(v.name);
    if (hit) {
      assigned[i] = hit[1].key;
      free.delete(hit[0]);
    }
  });
  record.variants.forEach((_, i) => {
    if (assigned[i] === undefined && free.has(i)) {
      assigned[i] = free.get(i)!.key;
      free.delete(i);
    }
  });
  const used = new Set(assigned.filter((k): k is string => k !== undefined));
  const variants = record.variants.map((v, i) => {
    let key = assigned[i];
    if (!key) {
      key = v.key && !used.has(v.key) && !previous.some((p) => p.key === v.key) ? v.key : newId();
      used.add(key);
    }
    return { ...v, key };
  });
  return { ...record, variants };
}

class Merger {
  readonly conflicts: MergeConflict[] = [];
  readonly kept: string[] = [];
  constructor(private readonly hasBase: boolean) {}

  /** Province changed it and national did not → ours; national changed it and the province did not → theirs; both → ours, flagged. */
  field(path: string, base: unknown, ours: unknown, theirs: unknown, hasBase = this.hasBase): unknown {
    if (same(ours, theirs)) return ours;
    if (hasBase && same(ours, base)) return theirs;
    if (hasBase && same(theirs, base)) {
      this.kept.push(path);
      return ours;
    }
    if (!hasBase && isEmpty(ours)) return theirs;
    this.conflicts.push({ path, ours: ours ?? null, theirs: theirs ?? null });
    return ours;
  }

  /** National records carry no e-form: one missing from the national record never removes the province's. */
  eForm(path: string, base: unknown, ours: unknown, theirs: unknown, hasBase: boolean): unknown {
    if (theirs === null && ours !== null) {
      this.kept.push(path);
      return ours;
    }
    return this.field(path, base, ours, theirs, hasBase);
  }

  variant(path: string, base: VariantRecord | undefined, ours: VariantRecord, theirs: VariantRecord): VariantRecord {
    const out: Record<string, unknown> = { key: ours.key };
    const fields = new Set([...Object.keys(ours), ...Object.keys(theirs)].filter((f) => f !== 'key'));
    for (const f of fields) {
      const b = base?.[f as keyof VariantRecord];
      const o = ours[f as keyof VariantRecord];
      const t = theirs[f as keyof VariantRecord];
      // A variant the national record and the province both added (matched by name) has no base: two-way.
      const hasBase = this.hasBase && base !== undefined;
      out[f] = f === 'eForm' ? this.eForm(`${path}.${f}`, b, o, t, hasBase) : this.field(`${path}.${f}`, b, o, t, hasBase);
    }
    return out as unknown as VariantRecord;
  }
}

const variantPath = (v: VariantRecord) => `variants[${v.name}]`;

function mergeVariants(m: Merger, base: ProcedureRecord | null, ours: ProcedureRecord, theirs: ProcedureRecord): VariantRecord[] {
  const baseBy = new Map((base?.variants ?? []).map((v) => [v.key, v]));
  const oursBy = new Map(ours.variants.map((v) => [v.key, v]));
  const theirKeys = new Set(theirs.variants.map((v) => v.key));
  const out: VariantRecord[] = [];
  for (const t of theirs.variants) {
    const b = baseBy.get(t.key);
    const o = oursBy.get(t.key);
    if (o) out.push(m.variant(variantPath(o), b, o, t));
    else if (!b) out.push(t);
    else if (!same(t, b)) m.conflicts.push({ path: variantPath(t), ours: null, theirs: t });
  }
  for (const o of ours.variants) {
    if (theirKeys.has(o.key)) continue;
    const b = baseBy.get(o.key);
    if (b && same(o, b)) continue;
    if (b) m.conflicts.push({ path: variantPath(o), ours: o, theirs: null });
    else m.kept.push(variantPath(o));
    out.push(o);
  }
  return out;
}

/**
 * Three-way merge of a new national record into a procedure the province has worked on: base is the last
 * national version, ours the province's latest version, theirs the new national record (keys already
 * matched with `withStableKeys`). Fields are compared whole (a variant's documents are one field), so the
 * merge does not depend on the shape of a document. Variants only the province has stay.
 */
export function mergeNational(base: ProcedureRecord | null, ours: ProcedureRecord, theirs: ProcedureRecord): MergeResult {
  const [b, o, t] = [base ? canonicalRecord(base) : null, canonicalRecord(ours), canonicalRecord(theirs)];
  const m = new Merger(b !== null);
  const record: Record<string, unknown> = { code: o.code, ownerUnitId: o.ownerUnitId };
  const fields = new Set([...Object.keys(o), ...Object.keys(t)].filter((f) => !notMerged.has(f)));
  for (const f of fields) record[f] = m.field(f, b?.[f as keyof ProcedureRecord], o[f as keyof ProcedureRecord], t[f as keyof ProcedureRecord]);
  record.variants = mergeVariants(m, b, o, t);
  return { record: record as unknown as ProcedureRecord, conflicts: m.conflicts, kept: m.kept };
}
