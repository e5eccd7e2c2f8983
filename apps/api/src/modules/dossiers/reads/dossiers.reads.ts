/** Read use cases: work queues, the register, the desk's intake options, assignees and the receipt. */
import { computeDueAt, type DossierReceipt, type DossierSummary, type IntakeOptions, type QueueQuery } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import { scopePaths } from '../../../platform/auth/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, fieldError } from '../../../platform/errors.ts';
import { loadWorkingCalendar } from '../../calendar/index.ts';
import { findApprovedWorkflow } from '../../workflow/index.ts';
import { loadDossierForActor } from '../dossier-access.ts';
import { deskScopePaths } from '../dossiers.policy.ts';
import { dossierAppliedCases } from '../documents.ts';
import { presentSummary } from './dossiers.presenter.ts';
import { namesFor } from './dossier-view.ts';
import { needsAcceptanceFacts } from '../online/online-acceptance.ts';
import { findDossier, type DossierRow } from '../dossiers.queries.ts';
import { listActions } from '../action-log.queries.ts';
import { findUnits, listOfficersWithRole, listProcedureAgencies, unitIdsUnder } from '../catalog-units.queries.ts';
import { findDocumentFile, listDocuments } from '../dossier-documents.queries.ts';
import { queryQueue, queryRegister } from '../queues.queries.ts';
import { loadProcedureTerms, loadPublishedProcedure, receivingUnitsOf, suggestAgency, timeLimitText } from '../procedure-terms.ts';

/** Unit ids under the given subtrees (the actor's scope by default), narrowed to one unit's subtree if asked. */
async function scopedUnitIds(ctx: AppContext, actor: Actor, unitId: string | undefined, paths = scopePaths(actor, 'dossier.read')): Promise<string[]> {
  if (!unitId) return unitIdsUnder(ctx.db, paths);
  const [unit] = await findUnits(ctx.db, [unitId]);
  if (!unit || !paths.some((p) => unit.path.startsWith(p))) throw new AppError('OUT_OF_SCOPE');
  return unitIdsUnder(ctx.db, [unit.path]);
}

/** The desks whose receipts the actor follows; anyone without a desk is refused rather than shown an empty list. */
async function deskUnitIds(ctx: AppContext, actor: Actor, unitId: string | undefined): Promise<string[]> {
  const paths = deskScopePaths(actor);
  if (paths.length === 0) throw new AppError('FORBIDDEN', { detail: 'Chỉ cán bộ Bộ phận Một cửa xem được hồ sơ đã tiếp nhận tại bộ phận mình.' });
  return scopedUnitIds(ctx, actor, unitId, paths);
}

export async function workQueue(ctx: AppContext, actor: Actor, q: QueueQuery) {
  const now = ctx.clock.now().toISOString();
  // Only "due within one working day" needs the calendar.
  const dueSoonUntil = q.queue === 'due_soon' ? (computeDueAt(now, { value: 1, unit: 'working_days' }, (await loadWorkingCalendar(ctx.db)).calendar) ?? now) : now;
  const unitIds = q.queue === 'mine' ? [] : q.queue === 'received_here' ? await deskUnitIds(ctx, actor, q.unitId) : await scopedUnitIds(ctx, actor, q.unitId);
  const { rows, total } = await queryQueue(ctx.db, {
    kind: q.queue, officerId: actor.id, unitIds, now, dueSoonUntil,
    status: q.status, procedureId: q.procedureId, q: q.q, sort: q.sort, limit: q.pageSize, offset: (q.page - 1) * q.pageSize,
  });
  return { items: await presentPage(ctx.db, rows, now), total, page: q.page, pageSize: q.pageSize };
}

/** Vietnam midnight of a civil date, as a UTC instant. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00+07:00`).toISOString();
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00+07:00`) + 86_400_000).toISOString();

/** The register's rows of a period in the actor's scope (or one unit's subtree), by receipt time. */
async function registerSlice(ctx: AppContext, actor: Actor, q: { unitId?: string; from: string; to: string }, limit: number, offset: number) {
  if (q.to < q.from) throw fieldError('querystring.to', 'Ngày kết thúc phải sau ngày bắt đầu');
  const unitIds = await scopedUnitIds(ctx, actor, q.unitId);
  return queryRegister(ctx.db, { unitIds, fromInstant: startOfDay(q.from), toInstant: nextDay(q.to), limit, offset });
}

export async function dossierRegister(ctx: AppContext, actor: Actor, q: { unitId?: string; from: string; to: string; page: number; pageSize: number }) {
  const { rows, total } = await registerSlice(ctx, actor, q, q.pageSize, (q.page - 1) * q.pageSize);
  return { items: await presentPage(ctx.db, rows, ctx.clock.now().toISOString()), total, page: q.page, pageSize: q.pageSize };
}

/** The whole register of a period (for Form 07 and its Excel export): raw rows with the unit names, at most `limit`. */
export async function dossierRegisterRows(ctx: AppContext, actor: Actor, q: { unitId?: string; from: string; to: string; limit: number }) {
  const { rows, total } = await registerSlice(ctx, actor, q, q.limit, 0);
  const units = await findUnits(ctx.db, [...new Set(rows.flatMap((r) => [r.receiving_unit_id, r.competent_unit_id]))]);
  return { rows, total, unitName: (id: string) => units.find((u) => u.id === id)?.name ?? '' };
}

export async function intakeOptions(ctx: AppContext, actor: Actor, q: { procedureId: string; receivingUnitId?: string }): Promise<IntakeOptions> {
  const { procedure, version, variants } = await loadPublishedProcedure(ctx.db, q.procedureId);
  const desks = await receivingUnitsOf(ctx.db, actor);
  const agencies = await listProcedureAgencies(ctx.db, procedure.id);
  const desk = desks.find((d) => d.id === q.receivingUnitId) ?? desks[0];
  const suggested = desk ? suggestAgency(agencies, desk.path) : undefined;
  const { calendar } = await loadWorkingCalendar(ctx.db);
  const now = ctx.clock.now().toISOString();
  const out: IntakeOptions['variants'] = [];
  for (const v of variants) {
    const terms = await loadProcedureTerms(ctx.db, procedure.id, v.key, 'in_person');
    const workflow = suggested ? await findApprovedWorkflow(ctx.db, { procedureId: procedure.id, variantKey: v.key, agencyUnitId: suggested.id }) : undefined;
    out.push({
      key: v.key, name: v.name, timeLimit: terms.timeLimit, timeLimitText: terms.timeLimitText,
      documents: terms.documents.map((d) => ({ ...d, channels: d.channels ? [...d.channels] : null })),
      dueAtIfReceivedNow: terms.timeLimit ? computeDueAt(now, terms.timeLimit, calendar) : null, hasApprovedWorkflow: workflow !== undefined,
      defaultWorkflow: workflow?.isDefault ?? false,
    });
  }
  return {
    procedure: { id: procedure.id, code: procedure.code, name: procedure.name, onTheSpot: version.on_the_spot === 1, versionNumber: version.number },
    receivingUnits: desks.map((d) => ({ id: d.id, name: d.name })),
    agencies: agencies.map((a) => ({ id: a.id, name: a.name })),
    suggestedAgencyId: suggested?.id ?? null,
    variants: out,
  };
}

/** Officers who can take the dossier next: specialists and leaders of the unit holding it (leaders only, to approve). */
export async function assigneesFor(ctx: AppContext, actor: Actor, id: string, role: 'specialist' | 'leader' | undefined) {
  const loaded = await loadDossierForActor(ctx.db, actor, await findDossier(ctx.db, id));
  const rows = await listOfficersWithRole(ctx.db, role ? [role] : ['specialist', 'leader'], loaded.units.current);
  const seen = new Set<string>();
  return {
    items: rows.flatMap((r) => {
      if (seen.has(r.id)) return [];
      seen.add(r.id);
      return [{ id: r.id, fullName: r.full_name, unit: { id: r.unit_id, name: r.unit_name }, openDossiers: Number(r.open_dossiers ?? 0) }];
    }),
  };
}

/** A scan of the dossier, to those who may see the dossier. */
export async function documentFile(ctx: AppContext, actor: Actor, id: string, documentId: string) {
  const { row } = await loadDossierForActor(ctx.db, actor, await findDossier(ctx.db, id));
  const file = await findDocumentFile(ctx.db, row.id, documentId);
  if (!file) throw new AppError('NOT_FOUND', { detail: 'Giấy tờ này không có bản quét.' });
  return { bytes: await ctx.files.get(file.sha256), mediaType: file.media_type, name: file.original_name };
}

/** Form 01 as data. On-the-spot dossiers get no receipt unless asked; this one is never issued for them. */
export async function dossierReceipt(ctx: AppContext, actor: Actor, id: string): Promise<DossierReceipt> {
  const { row } = await loadDossierForActor(ctx.db, actor, await findDossier(ctx.db, id));
  if (row.on_the_spot === 1 || !row.received_at) throw new AppError('NOT_FOUND', { detail: 'Hồ sơ giải quyết ngay không có giấy tiếp nhận và hẹn trả kết quả.' });
  const [units, documents, actions, cases] = await Promise.all([
    findUnits(ctx.db, [row.receiving_unit_id, row.competent_unit_id]), listDocuments(ctx.db, row.id), listActions(ctx.db, row.id), dossierAppliedCases(ctx.db, row),
  ]);
  const name = (uid: string) => units.find((u) => u.id === uid)?.name ?? '';
  const limit = row.time_limit_value !== null && row.time_limit_unit ? { value: row.time_limit_value, unit: row.time_limit_unit as 'working_days' } : null;
  return {
    dossierCode: row.code, receivingUnit: name(row.receiving_unit_id), competentUnit: name(row.competent_unit_id), applicantName: row.applicant_name,
    applicantIdentifier: row.applicant_identifier, applicantAddress: row.applicant_address, applicantPhone: row.applicant_phone, applicantEmail: row.applicant_email,
    procedureName: row.procedure_name, documents: documents.filter((d) => d.source === 'checklist').map((d) => ({ name: d.name, originals: d.originals, copies: d.copies })),
    appliedCases: cases.filter((c) => c.applies).map((c) => c.question), sets: row.sets, timeLimitText: timeLimitText(limit), receivedAt: row.received_at, dueAt: row.due_at, resultAt: name(row.receiving_unit_id),
    // Online dossiers are received when the desk accepts them, not when they were registered.
    receivedBy: actions.find((a) => a.action === 'receive' || a.action === 'accept_online')?.actor_name ?? '',
  };
}

/** A page of a queue or the register: names in one read, the calendar only for online dossiers awaiting acceptance. */
async function presentPage(ex: AppContext['db'], rows: DossierRow[], now: string): Promise<DossierSummary[]> {
  const names = await namesFor(ex, rows);
  const calendar = needsAcceptanceFacts(rows) ? (await loadWorkingCalendar(ex)).calendar : undefined;
  return rows.map((r) => presentSummary(r, names, now, calendar));
}
