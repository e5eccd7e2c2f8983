import { sql, type Kysely, type Transaction } from 'kysely';
import type { Engine } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

export type Executor = Kysely<DB> | Transaction<DB>;
export type DossierRow = DB['dossiers'];
export type ActionRow = DB['dossier_actions'];
export type HandoverRow = DB['dossier_handovers'];

// ---------------------------------------------------------------- catalog and units (read-only here)

export const findProcedure = (ex: Executor, id: string) =>
  ex.selectFrom('procedures').select(['id', 'code', 'name', 'status', 'current_version_id', 'current_version_number']).where('id', '=', id).executeTakeFirst();

export const findVersion = (ex: Executor, id: string) =>
  ex.selectFrom('procedure_versions').select(['id', 'number', 'name', 'on_the_spot', 'postal']).where('id', '=', id).executeTakeFirst();

export const listVariants = (ex: Executor, versionId: string) =>
  ex.selectFrom('procedure_variants').select(['id', 'key', 'name', 'time_limit_value', 'time_limit_unit', 'time_limit_note']).where('version_id', '=', versionId).orderBy('position').execute();

export const listVariantChannels = (ex: Executor, variantId: string) =>
  ex.selectFrom('variant_channels').select(['channel', 'time_limit_value', 'time_limit_unit']).where('variant_id', '=', variantId).execute();

const requirementColumns = [
  'position', 'group_kind', 'kind', 'name', 'originals', 'copies', 'required', 'condition', 'case_key', 'case_question', 'alternative_group', 'channels',
] as const;

export const listVariantDocuments = (ex: Executor, variantId: string) =>
  ex.selectFrom('variant_documents').select(requirementColumns).where('variant_id', '=', variantId).orderBy('position').execute();

/** The document requirements of a dossier's variant (of the catalog version it was registered under). */
export const listDossierRequirements = (ex: Executor, dossier: Pick<DossierRow, 'procedure_version_id' | 'variant_key'>) =>
  ex
    .selectFrom('variant_documents')
    .innerJoin('procedure_variants', 'procedure_variants.id', 'variant_documents.variant_id')
    .select(requirementColumns.map((c) => `variant_documents.${c}` as const))
    .where('procedure_variants.version_id', '=', dossier.procedure_version_id)
    .where('procedure_variants.key', '=', dossier.variant_key)
    .orderBy('variant_documents.position')
    .execute();

/** The agencies a procedure is assigned to (resolving or implementing). */
export const listProcedureAgencies = (ex: Executor, procedureId: string) =>
  ex
    .selectFrom('procedure_units')
    .innerJoin('org_units', 'org_units.id', 'procedure_units.unit_id')
    .select(['org_units.id', 'org_units.name', 'org_units.path', 'org_units.code'])
    .where('procedure_units.procedure_id', '=', procedureId)
    .where('procedure_units.role', 'in', ['competent', 'implementing'])
    .where('org_units.is_active', '=', 1)
    .execute()
    .then((rows) => [...new Map(rows.map((r) => [r.id, r])).values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')));

export const findUnits = (ex: Executor, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : ex.selectFrom('org_units').select(['id', 'name', 'path', 'code', 'kind', 'level_code', 'parent_id']).where('id', 'in', [...new Set(ids)]).execute();

export const findUnit = (ex: Executor, id: string) =>
  ex.selectFrom('org_units').select(['id', 'name', 'path', 'code', 'kind', 'level_code', 'parent_id']).where('id', '=', id).where('is_active', '=', 1).executeTakeFirst();

/** Ids of every active unit under the given materialised paths (the actor's scope). */
export async function unitIdsUnder(ex: Executor, paths: string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const rows = await ex
    .selectFrom('org_units')
    .select('id')
    .where((eb) => eb.or(paths.map((p) => eb('path', 'like', `${p}%`))))
    .execute();
  return rows.map((r) => r.id);
}

export const levelRanks = (ex: Executor) => ex.selectFrom('org_levels').select(['code', 'rank']).execute();

export const findOfficers = (ex: Executor, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : ex.selectFrom('officers').select(['id', 'full_name']).where('id', 'in', [...new Set(ids)]).execute();

/** Officers holding a role in a unit subtree, with how many open dossiers each handles. */
export function listOfficersWithRole(ex: Executor, roles: string[], unitPath: string) {
  return ex
    .selectFrom('officer_roles')
    .innerJoin('officers', 'officers.id', 'officer_roles.officer_id')
    .innerJoin('org_units', 'org_units.id', 'officer_roles.org_unit_id')
    .select((eb) => [
      'officers.id',
      'officers.full_name',
      'org_units.id as unit_id',
      'org_units.name as unit_name',
      'officer_roles.role',
      eb
        .selectFrom('dossiers')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('dossiers.assignee_id', '=', 'officers.id')
        .where('dossiers.is_open', '=', 1)
        .as('open_dossiers'),
    ])
    .where('officer_roles.role', 'in', roles)
    .where('officers.is_active', '=', 1)
    .where('org_units.path', 'like', `${unitPath}%`)
    .orderBy('officers.full_name')
    .execute();
}

export const officerRolesIn = (ex: Executor, officerId: string) =>
  ex
    .selectFrom('officer_roles')
    .innerJoin('org_units', 'org_units.id', 'officer_roles.org_unit_id')
    .innerJoin('officers', 'officers.id', 'officer_roles.officer_id')
    .select(['officer_roles.role', 'org_units.id as unit_id', 'org_units.path', 'officers.full_name', 'officers.is_active'])
    .where('officer_roles.officer_id', '=', officerId)
    .execute();

// ---------------------------------------------------------------- dossier codes

/**
 * The next daily sequence of an agency, taken inside the receipt's transaction: the row lock serialises
 * concurrent receipts, and a rollback gives the number back, so codes have neither gaps nor duplicates.
 */
export async function nextDossierSequence(ex: Executor, agencyCode: string, receiptDate: string): Promise<number> {
  const row = await ex
    .insertInto('dossier_code_sequences')
    .values({ agency_code: agencyCode, receipt_date: receiptDate, last_value: 1 })
    .onConflict((oc) => oc.columns(['agency_code', 'receipt_date']).doUpdateSet({ last_value: sql<number>`dossier_code_sequences.last_value + 1` }))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return Number(row.last_value);
}

// ---------------------------------------------------------------- dossiers

export const insertDossier = (ex: Executor, row: DossierRow) => ex.insertInto('dossiers').values(row).execute();

export const findDossier = (ex: Executor, id: string) => ex.selectFrom('dossiers').selectAll().where('id', '=', id).executeTakeFirst();

export const findDossierByCode = (ex: Executor, code: string) => ex.selectFrom('dossiers').selectAll().where('code', '=', code).executeTakeFirst();

/** Reads the dossier for an action; on PostgreSQL the row stays locked until the transaction ends. */
export async function lockDossier(ex: Executor, engine: Engine, id: string): Promise<DossierRow | undefined> {
  const q = ex.selectFrom('dossiers').selectAll().where('id', '=', id);
  return engine === 'postgres' ? q.forUpdate().executeTakeFirst() : q.executeTakeFirst();
}

/** Writes the new state only if nobody changed the dossier since it was read. Returns whether it did. */
export async function updateDossierIfVersion(ex: Executor, id: string, version: number, patch: Partial<DossierRow>): Promise<boolean> {
  const r = await ex.updateTable('dossiers').set(patch).where('id', '=', id).where('row_version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function nextActionSeq(ex: Executor, dossierId: string): Promise<number> {
  const r = await ex.selectFrom('dossier_actions').select((eb) => eb.fn.max('seq').as('m')).where('dossier_id', '=', dossierId).executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export const countResults = async (ex: Executor, dossierId: string): Promise<number> => {
  const r = await ex.selectFrom('dossier_results').select((eb) => eb.fn.countAll<number>().as('n')).where('dossier_id', '=', dossierId).executeTakeFirst();
  return Number(r?.n ?? 0);
};

export const insertAction = (ex: Executor, row: ActionRow) => ex.insertInto('dossier_actions').values(row).execute();

export const listActions = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_actions').selectAll().where('dossier_id', '=', dossierId).orderBy('seq').execute();

/** What rebuilding a dossier's state from its action log needs: the stored state and the log, in order. */
export async function loadReplayRows(ex: Executor, dossierId: string) {
  const dossier = await ex
    .selectFrom('dossiers')
    .select(['id', 'status', 'state', 'due_at', 'time_limit_value', 'time_limit_unit', 'workflow_version_id'])
    .where('id', '=', dossierId)
    .executeTakeFirst();
  if (!dossier) return undefined;
  return { dossier, actions: await listActions(ex, dossierId) };
}

export const lastActionOf = (ex: Executor, dossierId: string, action: string) =>
  ex.selectFrom('dossier_actions').selectAll().where('dossier_id', '=', dossierId).where('action', '=', action).orderBy('seq', 'desc').limit(1).executeTakeFirst();

/**
 * What the applicant declared in the e-form of an online dossier (kept with its `register_online` action) and the
 * e-form of the variant it was registered under (its pinned catalog version). Nothing for a desk receipt.
 */
export const findEFormAnswers = (ex: Executor, dossierId: string) =>
  ex
    .selectFrom('dossier_actions')
    .innerJoin('dossiers', 'dossiers.id', 'dossier_actions.dossier_id')
    .leftJoin('procedure_variants', (j) => j.onRef('procedure_variants.version_id', '=', 'dossiers.procedure_version_id').onRef('procedure_variants.key', '=', 'dossiers.variant_key'))
    .select(['dossier_actions.data', 'procedure_variants.e_form'])
    .where('dossier_actions.dossier_id', '=', dossierId)
    .where('dossier_actions.action', '=', 'register_online')
    .orderBy('dossier_actions.seq')
    .limit(1)
    .executeTakeFirst();

export const insertDocuments = (ex: Executor, rows: DB['dossier_documents'][]) =>
  rows.length === 0 ? Promise.resolve() : ex.insertInto('dossier_documents').values(rows).execute().then(() => undefined);

export const listDocuments = (ex: Executor, dossierId: string) =>
  ex
    .selectFrom('dossier_documents')
    .leftJoin('stored_files', 'stored_files.id', 'dossier_documents.file_id')
    .selectAll('dossier_documents')
    .select(['stored_files.original_name', 'stored_files.media_type', 'stored_files.size'])
    .where('dossier_id', '=', dossierId)
    .orderBy('dossier_documents.action_seq')
    .orderBy('dossier_documents.position')
    .execute();

/** The stored scan of one of the dossier's documents. */
export const findDocumentFile = (ex: Executor, dossierId: string, documentId: string) =>
  ex
    .selectFrom('dossier_documents')
    .innerJoin('stored_files', 'stored_files.id', 'dossier_documents.file_id')
    .select(['stored_files.sha256', 'stored_files.media_type', 'stored_files.original_name', 'stored_files.size'])
    .where('dossier_documents.dossier_id', '=', dossierId)
    .where('dossier_documents.id', '=', documentId)
    .executeTakeFirst();

/** Stored files among `ids` that this officer uploaded: an officer cites only their own uploads. */
export const findOfficerUploads = (ex: Executor, ids: string[], officerId: string) =>
  ids.length === 0
    ? Promise.resolve([])
    : ex.selectFrom('stored_files').select(['id']).where('id', 'in', [...new Set(ids)]).where('uploaded_by_kind', '=', 'officer').where('uploaded_by_id', '=', officerId).execute();

/** Stored files among `ids` (for the system, acting on files its caller has already checked). */
export const findFiles = (ex: Executor, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : ex.selectFrom('stored_files').select(['id']).where('id', 'in', [...new Set(ids)]).execute();

export const insertHandover = (ex: Executor, row: HandoverRow) => ex.insertInto('dossier_handovers').values(row).execute();

export const insertHandovers = (ex: Executor, rows: HandoverRow[]) => ex.insertInto('dossier_handovers').values(rows).execute();

export const openHandover = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_handovers').selectAll().where('dossier_id', '=', dossierId).where('ended_at', 'is', null).orderBy('seq', 'desc').limit(1).executeTakeFirst();

export const lastHandoverSeq = async (ex: Executor, dossierId: string): Promise<number> => {
  const r = await ex.selectFrom('dossier_handovers').select((eb) => eb.fn.max('seq').as('m')).where('dossier_id', '=', dossierId).executeTakeFirst();
  return Number(r?.m ?? 0);
};

export const closeHandover = (ex: Executor, id: string, patch: Pick<HandoverRow, 'ended_at' | 'outcome' | 'timeliness'>) =>
  ex.updateTable('dossier_handovers').set(patch).where('id', '=', id).execute();

export const listHandovers = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_handovers').selectAll().where('dossier_id', '=', dossierId).orderBy('seq').execute();

export const insertConsultation = (ex: Executor, row: DB['dossier_consultations']) => ex.insertInto('dossier_consultations').values(row).execute();

export const listConsultations = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_consultations').selectAll().where('dossier_id', '=', dossierId).orderBy('requested_at').execute();

export const countOpenConsultations = async (ex: Executor, dossierId: string): Promise<number> => {
  const r = await ex.selectFrom('dossier_consultations').select((eb) => eb.fn.countAll<number>().as('n')).where('dossier_id', '=', dossierId).where('answered_at', 'is', null).executeTakeFirst();
  return Number(r?.n ?? 0);
};

export const answerConsultation = (ex: Executor, id: string, dossierId: string, patch: Partial<DB['dossier_consultations']>) =>
  ex.updateTable('dossier_consultations').set(patch).where('id', '=', id).where('dossier_id', '=', dossierId).where('answered_at', 'is', null).executeTakeFirst();

export const upsertAgency = async (ex: Executor, row: DB['dossier_agencies']) => {
  await ex
    .insertInto('dossier_agencies')
    .values(row)
    .onConflict((oc) => oc.columns(['dossier_id', 'unit_id']).doUpdateSet({ started_at: row.started_at, due_at: row.due_at, completed_at: null, timeliness: null }))
    .execute();
};

export const listAgencies = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_agencies').selectAll().where('dossier_id', '=', dossierId).orderBy('position').execute();

export const completeAgency = (ex: Executor, dossierId: string, unitId: string, patch: Partial<DB['dossier_agencies']>) =>
  ex.updateTable('dossier_agencies').set(patch).where('dossier_id', '=', dossierId).where('unit_id', '=', unitId).where('completed_at', 'is', null).execute();

export const insertObligation = (ex: Executor, row: DB['dossier_obligations']) => ex.insertInto('dossier_obligations').values(row).execute();

export const listObligations = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_obligations').selectAll().where('dossier_id', '=', dossierId).orderBy('requested_at').execute();

export const payOpenObligations = (ex: Executor, dossierId: string, patch: Partial<DB['dossier_obligations']>) =>
  ex.updateTable('dossier_obligations').set(patch).where('dossier_id', '=', dossierId).where('paid_at', 'is', null).execute();

export const insertResult = (ex: Executor, row: DB['dossier_results']) => ex.insertInto('dossier_results').values(row).execute();

export const listResults = (ex: Executor, dossierId: string) =>
  ex.selectFrom('dossier_results').selectAll().where('dossier_id', '=', dossierId).orderBy('number').execute();

export const returnResults = (ex: Executor, dossierId: string, at: string, method: string) =>
  ex.updateTable('dossier_results').set({ returned_at: at, return_method: method }).where('dossier_id', '=', dossierId).where('returned_at', 'is', null).execute();

/** Units that take part in a dossier besides its own columns: agencies of an inter-agency chain and consulted bodies. */
export async function participatingUnitIds(ex: Executor, dossierId: string): Promise<string[]> {
  const [agencies, consulted] = await Promise.all([
    ex.selectFrom('dossier_agencies').select('unit_id').where('dossier_id', '=', dossierId).execute(),
    ex.selectFrom('dossier_consultations').select('unit_id').where('dossier_id', '=', dossierId).execute(),
  ]);
  return [...agencies, ...consulted].map((r) => r.unit_id);
}

/** Open dossiers with an appointment on or after an instant, in id order from `afterId` (keyset paging). */
export const openDossiersDueFrom = (ex: Executor, fromInstant: string, afterId: string, limit: number) =>
  ex
    .selectFrom('dossiers')
    .selectAll()
    .where('is_open', '=', 1)
    .where('due_at', '>=', fromInstant)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();

// ---------------------------------------------------------------- queues and register

export interface QueueFilter {
  kind: 'mine' | 'unit' | 'due_soon' | 'overdue' | 'waiting_applicant' | 'all' | 'online_new' | 'received_here';
  officerId: string;
  /** The units holding the dossiers now; for `received_here`, the desks that received them. */
  unitIds: string[];
  now: string;
  dueSoonUntil: string;
  status?: string;
  procedureId?: string;
  q?: string;
  sort: 'due_at' | '-due_at' | 'received_at' | '-received_at';
  limit: number;
  offset: number;
}

/**
 * Waiting for the applicant, written literally (not as bound parameters) so both engines match the partial
 * index `dossiers_waiting_queue_idx`, whose WHERE clause is the same text.
 */
const waitingForApplicant = sql<boolean>`status in ('supplement_requested', 'financial_obligation_requested', 'awaiting_online_correction')`;

function queueBase(ex: Executor, f: QueueFilter) {
  let q = ex.selectFrom('dossiers');
  if (f.kind === 'mine') q = q.where('assignee_id', '=', f.officerId);
  // Wherever they are now (served by dossiers_desk_queue_idx).
  else if (f.kind === 'received_here') q = q.where('receiving_unit_id', 'in', f.unitIds.length > 0 ? f.unitIds : ['-']);
  else q = q.where('current_unit_id', 'in', f.unitIds.length > 0 ? f.unitIds : ['-']);
  // Waiting statuses are always open; leaving is_open out lets the planners pick the partial index.
  if (f.kind !== 'all' && f.kind !== 'waiting_applicant') q = q.where('is_open', '=', 1);
  if (f.kind === 'overdue') q = q.where('due_at', '<', f.now);
  if (f.kind === 'due_soon') q = q.where('due_at', '>=', f.now).where('due_at', '<=', f.dueSoonUntil);
  if (f.kind === 'waiting_applicant') q = q.where(waitingForApplicant);
  // Online dossiers awaiting acceptance (served by dossiers_unit_status_idx).
  if (f.kind === 'online_new') q = q.where('status', '=', 'newly_registered');
  if (f.status) q = q.where('status', '=', f.status);
  if (f.procedureId) q = q.where('procedure_id', '=', f.procedureId);
  if (f.q) {
    const term = f.q.trim();
    q = q.where((eb) => eb.or([eb('code', '=', term), eb('code', 'like', `${term}%`), eb('applicant_name', 'like', `%${term}%`)]));
  }
  return q;
}

export async function queryQueue(ex: Executor, f: QueueFilter): Promise<{ rows: DossierRow[]; total: number }> {
  const column = f.sort.replace('-', '') as 'due_at' | 'received_at';
  const direction = f.sort.startsWith('-') ? 'desc' : 'asc';
  const [rows, count] = await Promise.all([
    queueBase(ex, f)
      .selectAll()
      // Dossiers whose clock is paused have no due date: last either way, on both engines (they differ by default).
      // Waiting for the applicant, the clock is paused: the oldest request (closest to closing the dossier) comes first.
      .$if(f.kind !== 'waiting_applicant' && f.kind !== 'online_new', (qb) => qb.orderBy(column, (ob) => (direction === 'asc' ? ob.asc() : ob.desc()).nullsLast()))
      // Not yet accepted, they have no due date: the acceptance deadline (the open step's due) orders them.
      .$if(f.kind === 'online_new', (qb) => qb.orderBy('step_due_at', direction).orderBy('registered_at', direction))
      .$if(f.kind === 'waiting_applicant', (qb) => qb.orderBy('updated_at', direction))
      .orderBy('id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    queueBase(ex, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function queryRegister(ex: Executor, f: { unitIds: string[]; fromInstant: string; toInstant: string; limit: number; offset: number }) {
  const base = () =>
    ex
      .selectFrom('dossiers')
      .where('receiving_unit_id', 'in', f.unitIds.length > 0 ? f.unitIds : ['-'])
      .where('received_at', '>=', f.fromInstant)
      .where('received_at', '<', f.toInstant);
  const [rows, count] = await Promise.all([
    base().selectAll().orderBy('received_at').orderBy('code').limit(f.limit).offset(f.offset).execute(),
    base().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
