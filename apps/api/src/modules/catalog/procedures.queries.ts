import { inForceStatuses, searchWords, type AgencyRole, type ProcedureStatus } from '@motcua/shared';
import { sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';

export type ProcedureRow = DB['procedures'];
const CHUNK = 400;

export const findProcedure = (ex: Executor, id: string) => ex.selectFrom('procedures').selectAll().where('id', '=', id).executeTakeFirst();
export const findProcedureByCode = (ex: Executor, code: string) => ex.selectFrom('procedures').selectAll().where('code', '=', code).executeTakeFirst();

export async function findProceduresByCodes(ex: Executor, codes: string[]): Promise<ProcedureRow[]> {
  const out: ProcedureRow[] = [];
  for (let i = 0; i < codes.length; i += CHUNK) out.push(...(await ex.selectFrom('procedures').selectAll().where('code', 'in', codes.slice(i, i + CHUNK)).execute()));
  return out;
}

export async function findProceduresByIds(ex: Executor, ids: string[]): Promise<ProcedureRow[]> {
  const out: ProcedureRow[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await ex.selectFrom('procedures').selectAll().where('id', 'in', ids.slice(i, i + CHUNK)).execute()));
  return out;
}

export async function insertProcedures(ex: Executor, rows: ProcedureRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await ex.insertInto('procedures').values(rows.slice(i, i + 200)).execute();
}

export const updateProcedure = (ex: Executor, id: string, patch: Partial<ProcedureRow>) => ex.updateTable('procedures').set(patch).where('id', '=', id).execute();

/** Makes sure every sector exists (codes are stable slugs); names of existing sectors are left alone. */
export async function ensureSectors(ex: Executor, sectors: { code: string; name: string }[], now: string): Promise<void> {
  const unique = [...new Map(sectors.map((s) => [s.code, s])).values()];
  if (unique.length === 0) return;
  const existing = new Set<string>();
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await ex.selectFrom('sectors').select('code').where('code', 'in', unique.slice(i, i + CHUNK).map((s) => s.code)).execute();
    for (const r of rows) existing.add(r.code);
  }
  const missing = unique.filter((s) => !existing.has(s.code)).map((s) => ({ code: s.code, name: s.name, created_at: now }));
  for (let i = 0; i < missing.length; i += CHUNK) await ex.insertInto('sectors').values(missing.slice(i, i + CHUNK)).execute();
}

/** Replaces the search terms of the given procedures (their public version changed). */
export async function replaceSearchTerms(ex: Executor, terms: Map<string, { term: string; in_name: number }[]>): Promise<void> {
  const ids = [...terms.keys()];
  for (let i = 0; i < ids.length; i += CHUNK) await ex.deleteFrom('procedure_search_terms').where('procedure_id', 'in', ids.slice(i, i + CHUNK)).execute();
  const rows = [...terms].flatMap(([procedure_id, list]) => list.map((t) => ({ procedure_id, term: t.term, in_name: t.in_name })));
  for (let i = 0; i < rows.length; i += 1000) await ex.insertInto('procedure_search_terms').values(rows.slice(i, i + 1000)).execute();
}

export const listAssignedUnits = (ex: Executor, procedureId: string) =>
  ex
    .selectFrom('procedure_units')
    .innerJoin('org_units', 'org_units.id', 'procedure_units.unit_id')
    .select(['procedure_units.unit_id', 'procedure_units.role', 'org_units.code', 'org_units.name'])
    .where('procedure_units.procedure_id', '=', procedureId)
    .orderBy('org_units.code')
    .execute();

export async function replaceAssignedUnits(ex: Executor, procedureId: string, units: { unitId: string; role: AgencyRole }[], now: string): Promise<void> {
  await ex.deleteFrom('procedure_units').where('procedure_id', '=', procedureId).execute();
  if (units.length === 0) return;
  await ex.insertInto('procedure_units').values(units.map((u) => ({ procedure_id: procedureId, unit_id: u.unitId, role: u.role, created_at: now }))).execute();
}

export async function insertAssignments(ex: Executor, rows: DB['procedure_units'][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await ex.insertInto('procedure_units').values(rows.slice(i, i + CHUNK)).execute();
}

export const findUnit = (ex: Executor, id: string) => ex.selectFrom('org_units').selectAll().where('id', '=', id).executeTakeFirst();
export const findUnitByCode = (ex: Executor, code: string) => ex.selectFrom('org_units').selectAll().where('code', '=', code).executeTakeFirst();
export const findUnitsByIds = (ex: Executor, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : ex.selectFrom('org_units').selectAll().where('id', 'in', ids).execute();

/** The issued decision that published a version (the latest one if several). */
export const findPublishingDecision = (ex: Executor, versionId: string) =>
  ex
    .selectFrom('publication_decision_items')
    .innerJoin('publication_decisions', 'publication_decisions.id', 'publication_decision_items.decision_id')
    .select(['publication_decisions.id', 'publication_decisions.number', 'publication_decisions.signed_on', 'publication_decisions.issuer_level', 'publication_decision_items.published_at'])
    .where('publication_decision_items.version_id', '=', versionId)
    .where('publication_decisions.status', '=', 'issued')
    .orderBy('publication_decision_items.published_at', 'desc')
    .executeTakeFirst();

export const listPublishingDecisions = (ex: Executor, procedureId: string) =>
  ex
    .selectFrom('publication_decision_items')
    .innerJoin('publication_decisions', 'publication_decisions.id', 'publication_decision_items.decision_id')
    .select(['publication_decision_items.version_id', 'publication_decisions.id', 'publication_decisions.number', 'publication_decisions.signed_on', 'publication_decisions.issuer_level', 'publication_decision_items.published_at'])
    .where('publication_decision_items.procedure_id', '=', procedureId)
    .where('publication_decisions.status', '=', 'issued')
    .execute();

export interface AdminListOptions {
  q?: string;
  status?: ProcedureStatus;
  sectors?: string[];
  level?: string[];
  pendingChanges?: boolean;
  limit: number;
  offset: number;
}

/** Back-office list: every procedure by its latest version's name, drafts included. */
export async function listProceduresForAdmin(ex: Executor, o: AdminListOptions) {
  let q = ex.selectFrom('procedures').innerJoin('procedure_versions as v', 'v.id', 'procedures.latest_version_id');
  if (o.status) q = q.where('procedures.status', '=', o.status);
  if (o.sectors?.length) q = q.where('v.sector_code', 'in', o.sectors);
  if (o.level?.length) q = q.where((eb) => eb.or(o.level!.map((l) => eb('procedures.levels_key', 'like', `%|${l}|%`))));
  if (o.pendingChanges !== undefined) {
    q = o.pendingChanges
      ? q.where((eb) => eb.or([eb('procedures.current_version_id', 'is', null), eb('procedures.current_version_id', '!=', eb.ref('procedures.latest_version_id'))]))
      : q.whereRef('procedures.current_version_id', '=', 'procedures.latest_version_id');
  }
  for (const w of o.q ? searchWords(o.q) : []) {
    q = q.where((eb) => eb.or([eb('v.name_folded', 'like', `%${w}%`), eb('procedures.code_folded', 'like', `${w}%`)]));
  }
  const [rows, count] = await Promise.all([
    q
      .selectAll('procedures')
      .select(['v.name as latest_name', 'v.sector_name', 'v.sector_code as latest_sector_code', 'v.levels', 'v.online_level as latest_online_level', 'v.competent_agency as latest_competent_agency'])
      .orderBy('v.name_folded')
      .orderBy('procedures.code')
      .limit(o.limit)
      .offset(o.offset)
      .execute(),
    q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
export type AdminListRow = Awaited<ReturnType<typeof listProceduresForAdmin>>['rows'][number];

export const listAgenciesInForce = (ex: Executor) =>
  ex
    .selectFrom('procedure_units')
    .innerJoin('org_units', 'org_units.id', 'procedure_units.unit_id')
    .innerJoin('procedures', 'procedures.id', 'procedure_units.procedure_id')
    .select(['org_units.id', 'org_units.code', 'org_units.name', 'org_units.kind', sql<number>`count(distinct procedures.id)`.as('n')])
    .where('procedures.status', 'in', inForceStatuses)
    .groupBy(['org_units.id', 'org_units.code', 'org_units.name', 'org_units.kind'])
    .orderBy('org_units.code')
    .execute();

/** Is a stored file a form template of a procedure in force (so anyone may download it)? */
export const isPublicFormFile = async (ex: Executor, fileId: string) =>
  !!(await ex
    .selectFrom('variant_documents')
    .innerJoin('procedure_variants', 'procedure_variants.id', 'variant_documents.variant_id')
    .innerJoin('procedures', 'procedures.current_version_id', 'procedure_variants.version_id')
    .select('variant_documents.form_file_id')
    .where('variant_documents.form_file_id', '=', fileId)
    .where('procedures.status', 'in', inForceStatuses)
    .executeTakeFirst());

export const findStoredFile = (ex: Executor, id: string) => ex.selectFrom('stored_files').selectAll().where('id', '=', id).executeTakeFirst();
/**
 * Of these stored files, those a catalog officer may name as form templates: their own uploads, and files already
 * some procedure's form template (kept through an edit, or an export read back). Never anyone else's upload: a
 * published form is downloadable by anyone.
 */
export const citableFormFiles = async (ex: Executor, ids: string[], officerId: string) =>
  ids.length === 0
    ? []
    : (await ex.selectFrom('stored_files').select('id').where('id', 'in', ids)
      .where((eb) => eb.or([
        eb.and([eb('uploaded_by_kind', '=', 'officer'), eb('uploaded_by_id', '=', officerId)]),
        eb('id', 'in', eb.selectFrom('variant_documents').select('form_file_id').where('form_file_id', 'in', ids)),
      ])).execute()).map((r) => r.id);

/** Procedures to export: in force (their public version) or all (their latest version). */
export function listProceduresForExport(ex: Executor, o: { scope: 'published' | 'all'; sectors?: string[]; levels?: string[] }) {
  let q = ex.selectFrom('procedures').selectAll();
  if (o.scope === 'published') q = q.where('status', 'in', inForceStatuses);
  if (o.sectors?.length) q = q.where('sector_code', 'in', o.sectors);
  if (o.levels?.length) q = q.where((eb) => eb.or(o.levels!.map((l) => eb('levels_key', 'like', `%|${l}|%`))));
  return q.orderBy('code').execute();
}

/** The number of the latest issued decision that published each of the given versions. */
export async function decisionNumbersOfVersions(ex: Executor, versionIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < versionIds.length; i += CHUNK) {
    const rows = await ex
      .selectFrom('publication_decision_items')
      .innerJoin('publication_decisions', 'publication_decisions.id', 'publication_decision_items.decision_id')
      .select(['publication_decision_items.version_id', 'publication_decisions.number'])
      .where('publication_decision_items.version_id', 'in', versionIds.slice(i, i + CHUNK))
      .where('publication_decisions.status', '=', 'issued')
      .orderBy('publication_decision_items.published_at')
      .execute();
    for (const r of rows) if (r.version_id) out.set(r.version_id, r.number);
  }
  return out;
}
