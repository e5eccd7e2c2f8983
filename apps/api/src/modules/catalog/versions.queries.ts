import type { DB } from '../../db/schema.ts';
import { newId } from '../../platform/ids.ts';
import { canonicalRecord, contentHash, foldedName, type DocumentRecord, type ProcedureRecord, type VariantRecord } from './procedure-record.ts';
import type { Executor } from '../../db/executor.ts';

export type VersionRow = DB['procedure_versions'];

export interface NewVersion {
  id: string;
  procedureId: string;
  number: number;
  source: 'edit' | 'import' | 'package';
  changeNote: string | null;
  createdAt: string;
  createdBy: string | null;
  record: ProcedureRecord;
  importIssues?: unknown[] | null;
}

/** A version as loaded: its row, its record, and the row ids of its variants (in order). */
export interface LoadedVersion {
  row: VersionRow;
  record: ProcedureRecord;
  variantIds: string[];
}

/** Rows per multi-row INSERT: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 400;

async function insertChunked<T extends keyof DB>(ex: Executor, table: T, rows: DB[T][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await ex.insertInto(table).values(rows.slice(i, i + CHUNK) as any).execute();
}

function versionRow(v: NewVersion): VersionRow {
  const r = v.record;
  return {
    id: v.id, procedure_id: v.procedureId, number: v.number, source: v.source, change_note: v.changeNote, content_hash: contentHash(r),
    created_at: v.createdAt, created_by: v.createdBy, name: r.name, name_folded: foldedName(r.name), kind: r.kind,
    sector_code: r.sector.code, sector_name: r.sector.name, levels: JSON.stringify(r.levels), subjects: JSON.stringify(r.subjects),
    competent_agency: r.agencies.competent, implementing_agency: r.agencies.implementing, authorised_agency: r.agencies.authorised,
    coordinating_agency: r.agencies.coordinating, receiving_address: r.agencies.receivingAddress, steps: r.steps, conditions: r.conditions,
    results: JSON.stringify(r.results), related: JSON.stringify(r.related), inter_agency: r.interAgency ? 1 : 0, online_level: r.onlineLevel,
    postal: r.postal ? 1 : 0, on_the_spot: r.onTheSpot ? 1 : 0, owner_unit_id: r.ownerUnitId,
    import_issues: v.importIssues && v.importIssues.length > 0 ? JSON.stringify(v.importIssues) : null,
  };
}

/** Writes immutable version snapshots (the version row and every child row) in as few statements as possible. */
export async function insertVersions(ex: Executor, versions: NewVersion[]): Promise<void> {
  const variants: DB['procedure_variants'][] = [];
  const channels: DB['variant_channels'][] = [];
  const fees: DB['variant_fees'][] = [];
  const documents: DB['variant_documents'][] = [];
  const bases: DB['procedure_legal_bases'][] = [];
  for (const given of versions) {
    const v = { ...given, record: canonicalRecord(given.record) };
    v.record.legalBasis.forEach((b, position) =>
      bases.push({ version_id: v.id, position, number: b.number, title: b.title, issued_on: b.issuedOn, issuer: b.issuer, effective_on: b.effectiveOn }),
    );
    v.record.variants.forEach((variant, position) => {
      const variantId = newId();
      variants.push({
        id: variantId, version_id: v.id, key: variant.key, position, name: variant.name,
        time_limit_value: variant.timeLimit?.value ?? null, time_limit_unit: variant.timeLimit?.unit ?? null,
        time_limit_note: variant.timeLimitNote, e_form: variant.eForm ? JSON.stringify(variant.eForm) : null,
      });
      for (const c of variant.channels) {
        channels.push({ variant_id: variantId, channel: c.channel, time_limit_value: c.timeLimit?.value ?? null, time_limit_unit: c.timeLimit?.unit ?? null, description: c.description });
      }
      variant.fees.forEach((f, i) =>
        fees.push({ variant_id: variantId, position: i, channel: f.channel, kind: f.kind, amount: f.kind === 'amount' ? f.amount : null, label: f.label, note: f.note, exemptions: f.exemptions }),
      );
      variant.documents.forEach((d, i) =>
        documents.push({
          variant_id: variantId, position: i, group_kind: d.group, name: d.name, originals: d.originals, copies: d.copies, required: d.kind === 'required' ? 1 : 0,
          condition: d.condition, form_name: d.formTemplate?.name ?? null, form_file_id: d.formTemplate?.fileId ?? null, form_url: d.formTemplate?.url ?? null,
          kind: d.kind, case_key: d.caseKey, case_question: d.caseQuestion, alternative_group: d.alternativeGroup,
          channels: d.channels ? d.channels.join(',') : null, classified_by: d.classifiedBy,
        }),
      );
    });
  }
  await insertChunked(ex, 'procedure_versions', versions.map(versionRow));
  await insertChunked(ex, 'procedure_legal_bases', bases);
  await insertChunked(ex, 'procedure_variants', variants);
  await insertChunked(ex, 'variant_channels', channels);
  await insertChunked(ex, 'variant_fees', fees);
  await insertChunked(ex, 'variant_documents', documents);
}

const timeLimitOf = (value: number | null, unit: string | null) =>
  value === null || unit === null ? null : { value: Number(value), unit: unit as 'working_days' };

function groupBy<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const r of rows) {
    const list = map.get(key(r));
    if (list) list.push(r);
    else map.set(key(r), [r]);
  }
  return map;
}

function documentOf(d: DB['variant_documents']): DocumentRecord {
  return {
    group: d.group_kind as DocumentRecord['group'], name: d.name, originals: d.originals, copies: d.copies,
    kind: d.kind as DocumentRecord['kind'], required: d.kind === 'required', condition: d.condition, caseKey: d.case_key, caseQuestion: d.case_question,
    alternativeGroup: d.alternative_group, channels: d.channels ? (d.channels.split(',') as DocumentRecord['channels']) : null, classifiedBy: d.classified_by,
    formTemplate: d.form_name ? { name: d.form_name, fileId: d.form_file_id, url: d.form_url } : null,
  };
}

function recordOf(row: VersionRow, code: string, bases: DB['procedure_legal_bases'][], variants: VariantRecord[]): ProcedureRecord {
  return {
    code, name: row.name, kind: row.kind, sector: { code: row.sector_code, name: row.sector_name },
    levels: JSON.parse(row.levels) as string[], subjects: JSON.parse(row.subjects) as string[],
    agencies: {
      competent: row.competent_agency, implementing: row.implementing_agency, authorised: row.authorised_agency,
      coordinating: row.coordinating_agency, receivingAddress: row.receiving_address,
    },
    steps: row.steps, conditions: row.conditions, results: JSON.parse(row.results), related: JSON.parse(row.related),
    legalBasis: bases.map((b) => ({ number: b.number, title: b.title, issuedOn: b.issued_on, issuer: b.issuer, effectiveOn: b.effective_on })),
    interAgency: row.inter_agency === 1, onlineLevel: row.online_level as ProcedureRecord['onlineLevel'], postal: row.postal === 1,
    onTheSpot: row.on_the_spot === 1, ownerUnitId: row.owner_unit_id, variants,
  };
}

/** Loads whole version snapshots by id, six queries whatever their number. */
export async function loadVersions(ex: Executor, versionIds: string[]): Promise<Map<string, LoadedVersion>> {
  const out = new Map<string, LoadedVersion>();
  for (let i = 0; i < versionIds.length; i += CHUNK) {
    const ids = versionIds.slice(i, i + CHUNK);
    const rows = await ex
      .selectFrom('procedure_versions')
      .innerJoin('procedures', 'procedures.id', 'procedure_versions.procedure_id')
      .selectAll('procedure_versions')
      .select('procedures.code as procedure_code')
      .where('procedure_versions.id', 'in', ids)
      .execute();
    if (rows.length === 0) continue;
    const variantRows = await ex.selectFrom('procedure_variants').selectAll().where('version_id', 'in', ids).orderBy('version_id').orderBy('position').execute();
    const variantIds = variantRows.map((v) => v.id);
    const [bases, channels, fees, docs] = await Promise.all([
      ex.selectFrom('procedure_legal_bases').selectAll().where('version_id', 'in', ids).orderBy('version_id').orderBy('position').execute(),
      childrenOf(ex, 'variant_channels', variantIds),
      childrenOf(ex, 'variant_fees', variantIds),
      childrenOf(ex, 'variant_documents', variantIds),
    ]);
    const basesBy = groupBy(bases, (b) => b.version_id);
    const variantsBy = groupBy(variantRows, (v) => v.version_id);
    const channelsBy = groupBy(channels as DB['variant_channels'][], (c) => c.variant_id);
    const feesBy = groupBy(fees as DB['variant_fees'][], (f) => f.variant_id);
    const docsBy = groupBy(docs as DB['variant_documents'][], (d) => d.variant_id);
    for (const row of rows) {
      const { procedure_code, ...versionRowOnly } = row;
      const vrows = variantsBy.get(row.id) ?? [];
      const variants = vrows.map((v): VariantRecord => ({
        key: v.key, name: v.name, timeLimit: timeLimitOf(v.time_limit_value, v.time_limit_unit), timeLimitNote: v.time_limit_note,
        channels: (channelsBy.get(v.id) ?? [])
          .sort((a, b) => channelOrder(a.channel) - channelOrder(b.channel))
          .map((c) => ({ channel: c.channel as 'online', timeLimit: timeLimitOf(c.time_limit_value, c.time_limit_unit), description: c.description })),
        fees: (feesBy.get(v.id) ?? [])
          .sort((a, b) => a.position - b.position)
          .map((f) => ({ channel: f.channel as 'online', kind: f.kind as 'free', amount: f.amount === null ? null : Number(f.amount), label: f.label, note: f.note, exemptions: f.exemptions })),
        documents: (docsBy.get(v.id) ?? []).sort((a, b) => a.position - b.position).map(documentOf),
        eForm: v.e_form ? (JSON.parse(v.e_form) as Record<string, unknown>) : null,
      }));
      out.set(row.id, { row: versionRowOnly, record: recordOf(versionRowOnly, procedure_code, basesBy.get(row.id) ?? [], variants), variantIds: vrows.map((v) => v.id) });
    }
  }
  return out;
}

const channelOrder = (c: string) => ['in_person', 'online', 'postal'].indexOf(c);

async function childrenOf(ex: Executor, table: 'variant_channels' | 'variant_fees' | 'variant_documents', variantIds: string[]) {
  const out: unknown[] = [];
  for (let i = 0; i < variantIds.length; i += CHUNK) {
    out.push(...(await ex.selectFrom(table).selectAll().where('variant_id', 'in', variantIds.slice(i, i + CHUNK)).execute()));
  }
  return out;
}

export async function loadVersion(ex: Executor, versionId: string): Promise<LoadedVersion | undefined> {
  return (await loadVersions(ex, [versionId])).get(versionId);
}

export const findVersionByNumber = (ex: Executor, procedureId: string, number: number) =>
  ex.selectFrom('procedure_versions').select(['id', 'number']).where('procedure_id', '=', procedureId).where('number', '=', number).executeTakeFirst();

export const listVersionRows = (ex: Executor, procedureId: string) =>
  ex
    .selectFrom('procedure_versions')
    .leftJoin('officers', 'officers.id', 'procedure_versions.created_by')
    .select(['procedure_versions.id', 'procedure_versions.number', 'procedure_versions.created_at', 'procedure_versions.source', 'procedure_versions.change_note', 'officers.full_name as created_by_name'])
    .where('procedure_versions.procedure_id', '=', procedureId)
    .orderBy('procedure_versions.number', 'desc')
    .execute();

/** Content hashes and variant keys and names (in order) of versions, for idempotent imports that keep keys stable. */
export async function versionFacts(ex: Executor, versionIds: string[]) {
  const hashes = new Map<string, string>();
  const variants = new Map<string, { key: string; name: string }[]>();
  for (let i = 0; i < versionIds.length; i += CHUNK) {
    const ids = versionIds.slice(i, i + CHUNK);
    for (const r of await ex.selectFrom('procedure_versions').select(['id', 'content_hash']).where('id', 'in', ids).execute()) hashes.set(r.id, r.content_hash);
    const rows = await ex.selectFrom('procedure_variants').select(['version_id', 'key', 'name', 'position']).where('version_id', 'in', ids).orderBy('position').execute();
    for (const v of rows) variants.set(v.version_id, [...(variants.get(v.version_id) ?? []), { key: v.key, name: v.name }]);
  }
  return { hashes, variants };
}
