import { applyAction, type ApplicantInput, type FieldError } from '@motcua/shared';
import type { DB } from '../../../db/schema.ts';
import { withUnitOfWork, type AppContext, type UnitOfWork } from '../../../platform/context.ts';
import { AppError, fieldError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { loadWorkingCalendar } from '../../calendar/index.ts';
import { findApprovedWorkflow } from '../../workflow/index.ts';
import { answeredCases, documentRows } from '../documents.ts';
import type { DossierRow, Executor } from '../dossiers.queries.ts';
import { findUnit, listProcedureAgencies } from '../catalog-units.queries.ts';
import { acceptanceRow } from '../handovers.ts';
import { checkApplicant, checkFormData, checkOnlineDocuments, isOfferedOnline, type FileOwner, type OnlineDocument } from '../online/online-checks.ts';
import { findOnlineTerms, findProcedureByCode, listVariantChannelNames } from '../online/online.queries.ts';
import { onlineDeskFor } from '../online/online-routing.ts';
import { insertNewDossier, newDossierRow } from '../new-dossier.ts';
import { loadProcedureTerms, type UnitInfo } from '../procedure-terms.ts';
import { firstStepIndex } from '../step-progress.ts';
import { assertAdopted, requireWorkflow } from '../procedure-offer.ts';
import { actionRefused } from './refusals.ts';
import { recordAction } from './record-action.ts';

/** Where an online dossier came from: an applicant's portal account, or a sending system with its own dossier id. */
export type OnlineOrigin =
  | { kind: 'portal'; accountId: string }
  | { kind: 'inbound'; sender: string; reference: string; submittedAt?: string; contentSha256: string };

/**
 * Files that arrive with the submission itself (a push's inline documents), not yet stored: they count as the
 * submitter's in the document check; their bytes are written only once every check has passed, and their rows in
 * the registration's transaction, so a refused or failed registration leaves no stored file behind.
 */
export interface IncomingFiles {
  ids: string[];
  writeBytes(): Promise<void>;
  insertRows(uow: UnitOfWork): Promise<void>;
}

export interface OnlineSubmission {
  procedureCode: string;
  variantKey: string;
  agencyUnitId?: string | null;
  /** Checked here exactly as the desk checks it. */
  applicant: unknown;
  requestSummary?: string | null;
  formData: Record<string, unknown>;
  /** Answers to the variant's cases: they decide which conditional documents must be there. */
  cases: Record<string, boolean>;
  documents: OnlineDocument[];
  incomingFiles?: IncomingFiles;
  origin: OnlineOrigin;
  /** Field paths start here: `body` for the inbound API, `draft` for a portal draft. */
  pathPrefix: string;
  /** More writes that must commit with the registration (the portal deletes the submitted draft). */
  alsoInTransaction?: (uow: UnitOfWork, row: DossierRow) => Promise<void>;
}

export interface RegisteredOnline {
  row: DossierRow;
  unitNames: Map<string, string>;
}

export const fileOwnerOf = (origin: OnlineOrigin): FileOwner =>
  origin.kind === 'portal' ? { kind: 'applicant', id: origin.accountId } : { kind: 'system', id: `inbound:${origin.sender}` };

/** The published version, the variant and its e-form, offered online (full or partial online service). */
async function onlineProcedure(ex: Executor, s: OnlineSubmission) {
  const p = s.pathPrefix;
  const procedure = await findProcedureByCode(ex, s.procedureCode);
  if (!procedure || !procedure.current_version_id || !['published', 'amended'].includes(procedure.status)) {
    throw fieldError(`${p}.procedureCode`, 'Thủ tục không tồn tại hoặc chưa được công bố');
  }
  await assertAdopted(ex, procedure.id, `${p}.procedureCode`);
  const online = await findOnlineTerms(ex, procedure.current_version_id, s.variantKey);
  if (!online || !isOfferedOnline(online.online_level)) throw fieldError(`${p}.procedureCode`, 'Thủ tục này không cung cấp dịch vụ công trực tuyến');
  if (!online.variant_id) throw fieldError(`${p}.variantKey`, 'Thủ tục không có trường hợp (biến thể) này');
  const channels = await listVariantChannelNames(ex, online.variant_id);
  if (channels.length > 0 && !channels.includes('online')) throw fieldError(`${p}.variantKey`, 'Trường hợp này không nhận hồ sơ trực tuyến');
  const terms = await loadProcedureTerms(ex, procedure.id, s.variantKey, 'online');
  return { terms, variantId: online.variant_id, eForm: online.e_form };
}

/** The resolving agency: the one asked for if the procedure is assigned to it, else the only one assigned. */
async function onlineAgency(ex: Executor, procedureId: string, requested: string | null | undefined, p: string): Promise<UnitInfo & { level: string | null }> {
  const agencies = await listProcedureAgencies(ex, procedureId);
  const match = requested ? agencies.find((a) => a.id === requested) : agencies.length === 1 ? agencies[0] : undefined;
  if (!match) {
    const message = requested ? 'Cơ quan này không giải quyết thủ tục đã chọn' : agencies.length === 0 ? 'Thủ tục chưa được giao cho cơ quan giải quyết nào' : 'Hãy chọn cơ quan giải quyết';
    throw fieldError(`${p}.agencyUnitId`, message);
  }
  const unit = await findUnit(ex, match.id);
  return { id: match.id, name: match.name, path: match.path, code: match.code, kind: 'agency', level: unit?.level_code ?? null };
}

/**
 * An online dossier arrives (our portal or pushed by the national portal): one use case for both channels, so
 * both get the same checks, the same code and the same acceptance deadlines. It is not yet accepted: status
 * newly_registered, no due date (the time limit runs from acceptance, rules.md §2.2); the desk accepts it, asks
 * for corrections or refuses it within the acceptance limit, and the queue flags it after the alert time.
 */
export async function registerOnline(ctx: AppContext, s: OnlineSubmission, requestId: string): Promise<RegisteredOnline> {
  const now = ctx.clock.now().toISOString();
  const ex = ctx.db;
  const p = s.pathPrefix;
  const { terms, variantId, eForm } = await onlineProcedure(ex, s);
  const checked = checkApplicant(s.applicant, p);
  const errors: FieldError[] = [
    ...checked.errors,
    ...checkFormData(variantId, eForm, s.formData, p),
    ...(await checkOnlineDocuments(ex, terms.documents, s.documents, fileOwnerOf(s.origin), p, s.incomingFiles?.ids, s.cases)),
  ];
  if (errors.length > 0 || !checked.applicant) throw new AppError('VALIDATION_FAILED', { detail: 'Hồ sơ trực tuyến chưa đầy đủ hoặc có thông tin không hợp lệ', errors });
  const applicant: ApplicantInput = checked.applicant;
  const agency = await onlineAgency(ex, terms.procedure.id, s.agencyUnitId, p);
  const desk = await onlineDeskFor(ex, agency);

  const { calendar } = await loadWorkingCalendar(ex);
  const workflow = requireWorkflow(await findApprovedWorkflow(ex, { procedureId: terms.procedure.id, variantKey: terms.variant.key, agencyUnitId: agency.id }), `${p}.agencyUnitId`);
  const result = applyAction(null, 'register_online', { roles: ['system'], now, calendar });
  if (!result.ok) throw actionRefused(result.refusal);
  const state = result.state;
  const acceptance = acceptanceRow(now, calendar);
  const acceptBy = acceptance.due_at;
  // The dossier waits in the workflow's first step (the receive step) until the desk accepts it.
  const stepIndex = firstStepIndex(workflow.steps);
  const step = stepIndex !== null ? workflow.steps[stepIndex] : undefined;
  const id = newId();

  const row = newDossierRow(
    {
      id, now, terms, workflowVersionId: workflow.versionId, deskId: desk.id, agencyId: agency.id, state, applicant, requestSummary: s.requestSummary,
      appliedCases: answeredCases(terms.documents, 'online', s.cases),
    },
    {
      channel: 'online', on_the_spot: 0, sets: 1, registered_at: now, received_at: null, due_at: null, current_step_index: stepIndex, step_due_at: acceptBy,
      applicant_account_id: s.origin.kind === 'portal' ? s.origin.accountId : null,
      source_system: s.origin.kind === 'inbound' ? s.origin.sender : null,
      source_reference: s.origin.kind === 'inbound' ? s.origin.reference : null,
      source_content_sha256: s.origin.kind === 'inbound' ? s.origin.contentSha256 : null,
    },
  );
  const handover: DB['dossier_handovers'] = {
    id: newId(), dossier_id: id, seq: 1, step_index: stepIndex, step_name: step?.kind === 'receive' ? step.name : 'Tiếp nhận hồ sơ trực tuyến', step_kind: 'receive',
    from_unit_id: null, from_officer_id: null, to_unit_id: desk.id, to_officer_id: null, started_at: now,
    ...acceptance, ended_at: null, outcome: null, timeliness: null, note: null,
  };
  const byRequirement = new Map(terms.documents.map((d) => [d.position, d]));
  const documents = documentRows(id, 1, 'checklist', s.documents.map((d) => ({ requirement: d.requirement, name: byRequirement.get(d.requirement)!.name, originals: 0, copies: 0, fileId: d.fileId })), terms.documents, now);
  const accountId = s.origin.kind === 'portal' ? s.origin.accountId : null;
  const inbound = s.origin.kind === 'inbound' ? s.origin : null;
  const action: DB['dossier_actions'] = {
    id: newId(), dossier_id: id, seq: 1, action: 'register_online', from_status: null, to_status: state.status,
    actor_kind: accountId ? 'applicant' : 'system', actor_id: accountId,
    actor_name: inbound ? senderName(inbound.sender) : row.applicant_name, actor_role: 'system', unit_id: desk.id, at: now, reason: null,
    // The e-form answers are part of the application: kept, immutable, with the action that submitted them.
    data: JSON.stringify({
      source: inbound ? 'inbound' : 'portal', ...(inbound ? { sender: inbound.sender, submittedAt: inbound.submittedAt ?? null } : {}),
      documents: s.documents.length, formData: s.formData, acceptBy, workflowVersion: workflow.number,
    }),
    flags: '[]', due_at_after: null,
  };

  await s.incomingFiles?.writeBytes();
  return withUnitOfWork(ctx, async (uow) => {
    await s.incomingFiles?.insertRows(uow);
    // The code is given at registration, as the national portal gives it at submission: rules.md §Codes has the
    // national portal (or the receiving side) number online submissions, and §2.2 asks for exactly one code per
    // dossier, so acceptance keeps this one. Same format and same daily sequence as the desk's receipts.
    await insertNewDossier(uow.trx, agency.code, now, row, documents);
    await recordAction(uow, {
      code: row.code, log: action, handOvers: { open: [handover] }, requestId,
      audit: {
        actor: accountId ? { kind: 'applicant', id: accountId } : { kind: 'system', id: null }, action: 'dossier.registered_online', orgUnitId: desk.id,
        data: { code: row.code, procedure: terms.procedure.code, agency: agency.code, acceptBy, source: inbound?.sender ?? 'portal' },
      },
    });
    await s.alsoInTransaction?.(uow, row);
    return { row, unitNames: new Map([[desk.id, desk.name], [agency.id, agency.name]]) };
  });
}

const senderName = (sender: string) => (sender === 'dvcqg' ? 'Cổng Dịch vụ công quốc gia' : `Hệ thống ${sender}`);
