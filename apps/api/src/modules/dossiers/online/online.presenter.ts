/**
 * Online dossiers as their applicant (portal) and their sender (inbound API) see them: status, dates and what is
 * asked of them, in plain words; never the officers' names or internal notes.
 */
import {
  dossierActionDefinitions, dossierStatusDefinitions, findTransition, formatInstantVi, legalRules, nationalStatusOf, parseInstant, ruleAt, workingStatuses,
  type DossierAction, type DossierState, type DossierStatus, type InboundDossierStatus, type PortalDossierDetail, type PortalDossierSummary, type WorkingCalendar,
} from '@motcua/shared';
import { loadWorkingCalendar } from '../../calendar/index.ts';
import { explainClock, timeLimitOf } from '../dossier-clock.ts';
import { eFormAnswersOf } from '../e-form-answers.ts';
import type { DossierRow, Executor } from '../dossiers.queries.ts';
import { lastActionOf, listActions } from '../action-log.queries.ts';
import { findUnits, listDossierRequirements } from '../catalog-units.queries.ts';
import { listDocuments } from '../dossier-documents.queries.ts';
import { listObligations, listResults } from '../dossier-records.queries.ts';
import { onlineAcceptanceOf } from './online-acceptance.ts';
import { requirementLineOf, timeLimitText } from '../procedure-terms.ts';
import { appliedCasesOf } from '../documents.ts';

const vi = (instant: string) => formatInstantVi(parseInstant(instant));

/** Status and dates, the same for the applicant and the sending system. */
function progressOf(row: DossierRow, now: string, calendar: WorkingCalendar) {
  const status = row.status as DossierStatus;
  return {
    status, statusLabel: dossierStatusDefinitions[status].label, nationalStatus: nationalStatusOf(status),
    registeredAt: row.registered_at, acceptBy: onlineAcceptanceOf(row, now, calendar)?.acceptBy ?? null,
    receivedAt: row.received_at, dueAt: row.due_at, endedAt: row.ended_at,
  };
}

export function presentPortalSummary(row: DossierRow, now: string, calendar: WorkingCalendar): PortalDossierSummary {
  return {
    id: row.id, code: row.code, version: row.row_version, procedure: { code: row.procedure_code, name: row.procedure_name }, variantName: row.variant_name,
    channel: row.channel as PortalDossierSummary['channel'], ...progressOf(row, now, calendar), updatedAt: row.updated_at,
  };
}

export async function presentPortalPage(ex: Executor, rows: DossierRow[], now: string): Promise<PortalDossierSummary[]> {
  const { calendar } = await loadWorkingCalendar(ex);
  return rows.map((r) => presentPortalSummary(r, now, calendar));
}

/** The open supplement request (before or after acceptance): everything to add, as the desk listed it once. */
async function openSupplementRequest(ex: Executor, row: DossierRow) {
  if (row.status !== 'awaiting_online_correction' && row.status !== 'supplement_requested') return null;
  const request = await lastActionOf(ex, row.id, 'request_supplement');
  if (!request) return null;
  const data = JSON.parse(request.data) as { missingDocuments?: string[] };
  return { requestedAt: request.at, reason: request.reason, items: data.missingDocuments ?? [] };
}

/** Where the appointment stands, in the applicant's words, with the rule and its citation where one applies. */
export function plainClock(row: DossierRow, state: DossierState, calendar: WorkingCalendar, now: string): { paused: boolean; explanation: string[] } {
  const limit = timeLimitOf(row);
  const limitText = timeLimitText(limit);
  const status = row.status as DossierStatus;
  const acceptance = onlineAcceptanceOf(row, now, calendar);
  if (status === 'newly_registered' && acceptance) {
    return { paused: false, explanation: [
      `Hồ sơ đã được đăng ký trực tuyến lúc ${vi(acceptance.registeredAt)}.`,
      ...(acceptance.resubmittedAt
        ? [`Hồ sơ đã bổ sung, hoàn thiện được nộp lúc ${vi(acceptance.resubmittedAt)}; cơ quan xem xét tiếp nhận chậm nhất lúc ${vi(acceptance.acceptBy)} (${ruleAt('onlineAcceptanceWithin', acceptance.resubmittedAt, legalRules)?.citation ?? ''}).`]
        : [`Cơ quan tiếp nhận hoặc đề nghị bổ sung, hoàn thiện hồ sơ chậm nhất lúc ${vi(acceptance.acceptBy)} (${ruleAt('onlineAcceptanceWithin', acceptance.registeredAt, legalRules)?.citation ?? ''}).`]),
      `Thời hạn giải quyết (${limitText}) được tính từ khi hồ sơ được tiếp nhận.`,
    ] };
  }
  if (status === 'awaiting_online_correction') {
    return { paused: false, explanation: ['Hồ sơ cần được bổ sung, hoàn thiện theo yêu cầu bên dưới.', `Sau khi nhận đủ, cơ quan xem xét tiếp nhận; thời hạn giải quyết (${limitText}) được tính từ khi tiếp nhận.`] };
  }
  if (status === 'supplement_requested' && state.supplementRequestedAt) {
    const rule = ruleAt('supplementClockOnReturn', state.supplementRequestedAt, legalRules);
    const after = rule?.value === 'resume' ? 'thời hạn tiếp tục được tính với số thời gian còn lại' : 'thời hạn giải quyết được tính lại từ đầu';
    return { paused: true, explanation: [`Thời hạn giải quyết tạm dừng từ ${vi(state.supplementRequestedAt)} trong khi chờ bổ sung hồ sơ.`, `Khi nhận đủ hồ sơ bổ sung, ${after} (${rule?.citation ?? ''}).`] };
  }
  const lines: string[] = [];
  if (row.received_at) lines.push(`Hồ sơ được tiếp nhận lúc ${vi(row.received_at)}; thời hạn giải quyết ${limitText}, không tính ngày nghỉ, ngày lễ.`);
  if (row.ended_at) lines.push(`Hồ sơ đã kết thúc xử lý lúc ${vi(row.ended_at)}.`);
  else if (row.due_at && (workingStatuses as readonly string[]).includes(status)) lines.push(`Hẹn trả kết quả: ${vi(row.due_at)}.`);
  const engine = explainClock(state, limit, calendar);
  return { paused: engine.paused, explanation: [...lines, ...engine.explanation.slice(1)] };
}

/** Notes the applicant should read: the reasons given to them, not the officers' internal ones. */
const notesForApplicant = new Set<DossierAction>(['request_supplement', 'refuse', 'stop', 'apologise_and_extend', 'close_without_supplement']);

export async function presentPortalDetail(ex: Executor, row: DossierRow, now: string): Promise<PortalDossierDetail> {
  const state = JSON.parse(row.state) as DossierState;
  const [{ calendar }, actions, documents, results, units, supplementRequest, requirements, obligations, eFormAnswers] = await Promise.all([
    loadWorkingCalendar(ex), listActions(ex, row.id), listDocuments(ex, row.id), listResults(ex, row.id), findUnits(ex, [row.competent_unit_id, row.receiving_unit_id]),
    openSupplementRequest(ex, row), listDossierRequirements(ex, row), listObligations(ex, row.id), eFormAnswersOf(ex, row.id),
  ]);
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? '';
  const canSupplement = findTransition('submit_supplement', row.status as DossierStatus)?.roles.includes('system') ?? false;
  return {
    ...presentPortalSummary(row, now, calendar),
    agency: unitName(row.competent_unit_id), receivingUnit: unitName(row.receiving_unit_id), timeLimitText: timeLimitText(timeLimitOf(row)), eFormAnswers,
    appliedCases: appliedCasesOf(row.applied_cases, requirements.map(requirementLineOf)),
    steps: actions.map((a) => ({
      at: a.at, label: dossierActionDefinitions[a.action as DossierAction].label, statusLabel: dossierStatusDefinitions[a.to_status as DossierStatus].label,
      note: notesForApplicant.has(a.action as DossierAction) ? a.reason : null,
    })),
    clock: plainClock(row, state, calendar, now),
    documents: documents.filter((d) => d.source !== 'internal').map((d) => ({
      id: d.id, name: d.name, source: d.source, receivedAt: d.created_at,
      file: d.file_id ? { name: d.original_name ?? '', mediaType: d.media_type ?? '', size: Number(d.size ?? 0) } : null,
    })),
    results: results.map((r) => ({ code: r.code, title: r.title, issuedAt: r.issued_at, returnedAt: r.returned_at })),
    supplementRequest,
    requirements: requirements.map((r) => ({ position: r.position, name: r.name, required: r.required === 1 })),
    obligations: obligations.map((o) => ({ description: o.description, amount: Number(o.amount), requestedAt: o.requested_at, paidAt: o.paid_at })),
    availableActions: canSupplement ? [{ action: 'submit_supplement' as const, label: 'Nộp bổ sung hồ sơ' }] : [],
  };
}

export async function presentInboundStatus(ex: Executor, row: DossierRow, now: string): Promise<InboundDossierStatus> {
  const [{ calendar }, supplementRequest] = await Promise.all([loadWorkingCalendar(ex), openSupplementRequest(ex, row)]);
  return {
    senderReference: row.source_reference ?? '', dossierId: row.id, code: row.code, ...progressOf(row, now, calendar), supplementItems: supplementRequest?.items ?? [],
  };
}
