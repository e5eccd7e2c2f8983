/**
 * Drafts of online applications. They belong to the applicant's account alone (another account's draft does not
 * exist for it) and are checked lightly when saved: the procedure must be offered online and the files must be
 * the account's own uploads. Everything else is checked once, completely, at submission.
 */
import type { FieldError, PortalDraft, PortalDraftBody } from '@motcua/shared';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError, fieldError, notFound } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { listProcedureAgencies } from '../catalog-units.queries.ts';
import { isOfferedOnline } from './online-checks.ts';
import { deleteDraft as deleteRow, findDraft, findOnlineTerms, findOwnedFiles, findProcedureByCode, insertDraft, listDrafts, updateDraft, type DraftRow } from './online.queries.ts';

export function presentDraft(row: DraftRow): PortalDraft {
  return {
    id: row.id, procedureCode: row.procedure_code, variantKey: row.variant_key, agencyUnitId: row.agency_unit_id,
    applicant: row.applicant ? (JSON.parse(row.applicant) as Record<string, unknown>) : null, requestSummary: row.request_summary,
    formData: JSON.parse(row.form_data) as Record<string, unknown>, documents: JSON.parse(row.documents) as PortalDraft['documents'],
    cases: row.cases ? (JSON.parse(row.cases) as Record<string, boolean>) : {},
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

async function checkDraft(ctx: AppContext, actor: Actor, body: PortalDraftBody): Promise<void> {
  const procedure = await findProcedureByCode(ctx.db, body.procedureCode);
  const online = procedure?.current_version_id ? await findOnlineTerms(ctx.db, procedure.current_version_id, body.variantKey) : undefined;
  if (!online || !isOfferedOnline(online.online_level)) throw fieldError('body.procedureCode', 'Thủ tục không tồn tại hoặc không cung cấp dịch vụ công trực tuyến');
  if (!online.variant_id) throw fieldError('body.variantKey', 'Thủ tục không có trường hợp (biến thể) này');
  if (body.agencyUnitId && !(await listProcedureAgencies(ctx.db, procedure!.id)).some((a) => a.id === body.agencyUnitId)) {
    throw fieldError('body.agencyUnitId', 'Cơ quan này không giải quyết thủ tục đã chọn');
  }
  const owned = new Set((await findOwnedFiles(ctx.db, body.documents.map((d) => d.fileId), 'applicant', actor.id)).map((f) => f.id));
  const errors: FieldError[] = body.documents.flatMap((d, i) => (owned.has(d.fileId) ? [] : [{ path: `body.documents.${i}.fileId`, message: 'Không tìm thấy tệp đã tải lên' }]));
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
}

const columnsOf = (body: PortalDraftBody, now: string) => ({
  procedure_code: body.procedureCode, variant_key: body.variantKey, agency_unit_id: body.agencyUnitId ?? null,
  applicant: body.applicant ? JSON.stringify(body.applicant) : null, request_summary: body.requestSummary ?? null,
  form_data: JSON.stringify(body.formData), documents: JSON.stringify(body.documents), updated_at: now,
  cases: Object.keys(body.cases).length > 0 ? JSON.stringify(body.cases) : null,
});

/** The uploaded files' names, so a resumed draft shows what each slot holds. */
async function withFileNames(ctx: AppContext, actor: Actor, drafts: PortalDraft[]): Promise<PortalDraft[]> {
  const files = await findOwnedFiles(ctx.db, drafts.flatMap((d) => d.documents.map((doc) => doc.fileId)), 'applicant', actor.id);
  const names = new Map(files.map((f) => [f.id, f.original_name]));
  return drafts.map((d) => ({ ...d, documents: d.documents.map((doc) => (names.has(doc.fileId) ? { ...doc, fileName: names.get(doc.fileId)! } : doc)) }));
}

export async function createDraft(ctx: AppContext, actor: Actor, body: PortalDraftBody): Promise<PortalDraft> {
  await checkDraft(ctx, actor, body);
  const now = ctx.clock.now().toISOString();
  const row: DraftRow = { id: newId(), account_id: actor.id, created_at: now, ...columnsOf(body, now) };
  await insertDraft(ctx.db, row);
  return (await withFileNames(ctx, actor, [presentDraft(row)]))[0]!;
}

export async function saveDraft(ctx: AppContext, actor: Actor, id: string, body: PortalDraftBody): Promise<PortalDraft> {
  await getDraft(ctx, actor, id);
  await checkDraft(ctx, actor, body);
  if (!(await updateDraft(ctx.db, actor.id, id, columnsOf(body, ctx.clock.now().toISOString())))) throw notFound('Không tìm thấy hồ sơ nháp');
  return getDraft(ctx, actor, id);
}

export async function getDraft(ctx: AppContext, actor: Actor, id: string): Promise<PortalDraft> {
  const row = await findDraft(ctx.db, actor.id, id);
  if (!row) throw notFound('Không tìm thấy hồ sơ nháp');
  return (await withFileNames(ctx, actor, [presentDraft(row)]))[0]!;
}

export async function listMyDrafts(ctx: AppContext, actor: Actor): Promise<{ items: PortalDraft[] }> {
  return { items: await withFileNames(ctx, actor, (await listDrafts(ctx.db, actor.id)).map(presentDraft)) };
}

export async function deleteDraft(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  if (!(await deleteRow(ctx.db, actor.id, id))) throw notFound('Không tìm thấy hồ sơ nháp');
}
