import {
  foldVietnamese,
  searchWords,
  slugOf,
  type CatalogTimeLimit,
  type ChannelOffer,
  type Fee,
  type LegalBasisItem,
  type ProcedureResult,
  type AgencyTexts,
  type FormTemplate,
  type Channel,
  type DocumentKind,
} from '@motcua/shared';
import { sha256Hex } from '../../platform/ids.ts';
import { stableJson } from '../../platform/stable-json.ts';

/** One document requirement as stored; its position is its index in the variant. */
export interface DocumentRecord {
  group: 'submit' | 'present';
  name: string;
  originals: number;
  copies: number;
  kind: DocumentKind;
  /** True exactly when `kind` is 'required' (kept for older readers). */
  required: boolean;
  condition: string | null;
  caseKey: string | null;
  caseQuestion: string | null;
  alternativeGroup: number | null;
  channels: Channel[] | null;
  classifiedBy: string | null;
  formTemplate: FormTemplate | null;
}

/** A document line from an older client or file: `kind` absent means it is derived from `required` and `condition`. */
export type DocumentLineInput = Pick<DocumentRecord, 'group' | 'name' | 'originals' | 'copies' | 'condition' | 'formTemplate'> &
  Partial<Pick<DocumentRecord, 'caseKey' | 'caseQuestion' | 'alternativeGroup' | 'channels' | 'classifiedBy'>> & { kind?: DocumentKind | undefined; required: boolean };

export function normaliseDocument(d: DocumentLineInput): DocumentRecord {
  const kind: DocumentKind = d.kind ?? (!d.required ? (d.originals + d.copies === 0 ? 'note' : 'optional') : d.condition ? 'conditional' : 'required');
  return {
    group: d.group, name: d.name, originals: d.originals, copies: d.copies, kind, required: kind === 'required', condition: d.condition,
    caseKey: kind === 'conditional' ? (d.caseKey ?? null) : null, caseQuestion: kind === 'conditional' ? (d.caseQuestion ?? null) : null,
    alternativeGroup: kind === 'alternative' ? (d.alternativeGroup ?? null) : null, channels: d.channels && d.channels.length < 3 ? [...d.channels].sort() : null,
    classifiedBy: d.classifiedBy ?? null, formTemplate: d.formTemplate ?? null,
  };
}

export interface VariantRecord {
  key: string;
  name: string;
  timeLimit: CatalogTimeLimit | null;
  timeLimitNote: string | null;
  channels: ChannelOffer[];
  fees: Fee[];
  documents: DocumentRecord[];
  eForm: Record<string, unknown> | null;
}

/** The whole legal record of one procedure version: what a version snapshot stores and what is diffed. */
export interface ProcedureRecord {
  code: string;
  name: string;
  kind: string | null;
  sector: { code: string; name: string };
  levels: string[];
  subjects: string[];
  agencies: AgencyTexts;
  steps: string | null;
  conditions: string | null;
  results: ProcedureResult[];
  legalBasis: LegalBasisItem[];
  related: { code: string | null; name: string }[];
  interAgency: boolean;
  onlineLevel: 'full' | 'partial' | 'none';
  postal: boolean;
  onTheSpot: boolean;
  ownerUnitId: string | null;
  variants: VariantRecord[];
}

export const withNormalisedDocuments = (record: ProcedureRecord): ProcedureRecord => ({
  ...record,
  variants: record.variants.map((v) => ({ ...v, documents: v.documents.map((d) => normaliseDocument(d as DocumentLineInput)) })),
});

const unitRank: Record<CatalogTimeLimit['unit'], number> = { working_hours: 0, working_days: 1, days: 1.4, months: 30 };

/** The shortest time limit among the variants (in-person channel first), shown in result lists. */
export function headlineTimeLimit(record: ProcedureRecord): CatalogTimeLimit | null {
  const limits = record.variants.flatMap((v) => {
    const inPerson = v.channels.find((c) => c.channel === 'in_person')?.timeLimit;
    return [inPerson ?? v.timeLimit].filter((t): t is CatalogTimeLimit => t !== null && t !== undefined);
  });
  if (limits.length === 0) return null;
  return limits.reduce((best, t) => (t.value * unitRank[t.unit] < best.value * unitRank[best.unit] ? t : best));
}

const channelRank = (c: string) => ['in_person', 'online', 'postal'].indexOf(c);

/** Channels and fees in channel order (in person, online, postal), as stored and loaded. */
export function canonicalRecord(record: ProcedureRecord): ProcedureRecord {
  return {
    ...record,
    variants: record.variants.map((v) => ({
      ...v,
      channels: [...v.channels].sort((a, b) => channelRank(a.channel) - channelRank(b.channel)),
      fees: [...v.fees].sort((a, b) => channelRank(a.channel) - channelRank(b.channel)),
    })),
  };
}

/** Stable fingerprint of a record's content (variant keys excluded): an import that changes nothing adds no version. */
export function contentHash(record: ProcedureRecord): string {
  const canonical = { ...record, variants: canonicalRecord(record).variants.map(({ key: _key, ...rest }) => rest) };
  return sha256Hex(stableJson(canonical));
}

/** The folded name used for matching and sorting: "Thủ tục" at the start carries no meaning. */
export const foldedName = (name: string): string => foldVietnamese(name).replace(/^thu tuc /, '');

/** The columns of `procedures` that the public search reads, computed from one version. */
export function searchProjection(record: ProcedureRecord) {
  const time = headlineTimeLimit(record);
  return {
    name: record.name,
    name_folded: foldedName(record.name),
    code_folded: record.code.toLowerCase(),
    sector_code: record.sector.code,
    levels_key: `|${record.levels.join('|')}|`,
    subjects_key: `|${record.subjects.join('|')}|`,
    online_level: record.onlineLevel,
    competent_agency: record.agencies.competent,
    time_limit_value: time?.value ?? null,
    time_limit_unit: time?.unit ?? null,
  };
}

/**
 * Folded words the search finds a procedure by. `in_name` marks the words of the folded name (what ranks
 * a procedure higher); the other words come from the code, the full name, the sector and the results.
 */
export function searchTermsOf(record: ProcedureRecord): { term: string; in_name: number }[] {
  const terms = new Map<string, number>();
  for (const w of foldedName(record.name).split(' ')) if (w) terms.set(w, 1);
  const code = record.code.toLowerCase();
  const extra = [code, code.split('.').slice(1).join('.'), ...searchWords(record.name), ...searchWords(record.sector.name), ...record.results.flatMap((r) => searchWords(r.name))];
  for (const w of extra) if (w && !terms.has(w)) terms.set(w, 0);
  return [...terms].filter(([t]) => t.length <= 100).map(([term, in_name]) => ({ term, in_name }));
}

export const sectorCodeOf = (name: string): string => slugOf(name).slice(0, 80) || 'khac';
