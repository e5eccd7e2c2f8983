/**
 * What each action does besides moving the status: who holds the dossier next, and the records it keeps
 * (consultations, inter-agency hand-overs, obligations, results, supplements). Input each action needs is
 * checked here, with field paths, before anything is written.
 */
import {
  classifyTimeliness, computeDueAt, formatResultCode, type DossierAction, type DossierActionBody, type DossierStatus, type WorkflowStepKind, type WorkingCalendar,
} from '@motcua/shared';
import type { DB } from '../../../db/schema.ts';
import type { UnitOfWork } from '../../../platform/context.ts';
import { AppError, fieldError } from '../../../platform/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { checkDocuments, citableFiles, documentRows, FILE_NOT_CITABLE, type FileCiter } from '../documents.ts';
import { requirementLineOf } from '../procedure-terms.ts';
import { scheduleSupplementTimer } from '../supplement-timer.ts';
import type { DossierUnits } from '../dossiers.policy.ts';
import type { DossierRow } from '../dossiers.queries.ts';
import { lastActionOf } from '../action-log.queries.ts';
import { findUnit, levelRanks, listDossierRequirements, officerRolesIn } from '../catalog-units.queries.ts';
import { insertDocuments } from '../dossier-documents.queries.ts';
import { answerConsultation, completeAgency, countResults, insertConsultation, insertObligation, insertResult, listAgencies, listConsultations, listObligations, payOpenObligations, returnResults, upsertAgency } from '../dossier-records.queries.ts';

/** An officer's action cites only their own uploads; the system's (actorId null) files were checked by its caller. */
const citerOf = (actorId: string | null): FileCiter => (actorId === null ? 'system' : { officerId: actorId });

export interface EffectInput {
  uow: UnitOfWork;
  /** Null: the system. */
  actorId: string | null;
  row: DossierRow;
  units: DossierUnits;
  body: DossierActionBody;
  action: DossierAction;
  seq: number;
  calendar: WorkingCalendar;
  transitionFrom: DossierStatus | null;
}

export interface Effects {
  /** The next holder; absent: the dossier stays where it is. officerId null: the unit, not yet anyone in it. */
  holder?: { unitId: string; officerId: string | null };
  patch?: Partial<DossierRow>;
  /** Kept on the action-log row. */
  data: Record<string, unknown>;
  stepName?: string;
  stepKind?: WorkflowStepKind;
}

function required<T>(value: T | undefined | null, path: string, message: string): T {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    throw new AppError('VALIDATION_FAILED', { detail: message, errors: [{ path, message }] });
  }
  return value;
}

/** The officer must hold one of the roles in the given unit's subtree (or above it, for a unit-wide grant). */
async function checkOfficer(input: EffectInput, officerId: string, roles: string[], unitPath: string, path: string): Promise<void> {
  const grants = await officerRolesIn(input.uow.trx, officerId);
  const ok = grants.some((g) => g.is_active === 1 && roles.includes(g.role) && (g.path.startsWith(unitPath) || unitPath.startsWith(g.path)));
  if (!ok) throw new AppError('VALIDATION_FAILED', { errors: [{ path, message: 'Cán bộ được chọn không thuộc đơn vị đang xử lý hồ sơ hoặc không có vai trò phù hợp' }] });
}

type Handler = (input: EffectInput) => Promise<Effects>;

const handlers: Partial<Record<DossierAction, Handler>> = {
  async transfer(input) {
    const { row, body, uow } = input;
    if (input.transitionFrom === 'received') {
      return { holder: { unitId: row.competent_unit_id, officerId: null }, data: { to: row.competent_unit_id }, stepName: 'Chuyển hồ sơ đến cơ quan giải quyết', stepKind: 'transfer' };
    }
    // From in_progress: on to another agency, in sequence at the same level or up to a higher level.
    const toUnitId = required(body.toUnitId, 'body.toUnitId', 'Cần chọn cơ quan chuyển đến');
    const target = await findUnit(uow.trx, toUnitId);
    if (!target || target.id === row.current_unit_id) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'body.toUnitId', message: 'Cơ quan chuyển đến không hợp lệ' }] });
    const current = await findUnit(uow.trx, row.current_unit_id);
    const ranks = new Map((await levelRanks(uow.trx)).map((l) => [l.code, l.rank]));
    const higher = (ranks.get(target.level_code) ?? 0) < (ranks.get(current?.level_code ?? '') ?? 0);
    const existing = await listAgencies(uow.trx, row.id);
    if (existing.length === 0) {
      await upsertAgency(uow.trx, agencyRow(row.id, row.current_unit_id, 'lead', higher ? 'escalation' : 'sequence', 0, row.received_at ?? uow.now));
    }
    await completeAgency(uow.trx, row.id, row.current_unit_id, { completed_at: uow.now });
    await upsertAgency(uow.trx, {
      ...agencyRow(row.id, target.id, higher ? 'higher_level' : 'participant', higher ? 'escalation' : 'sequence', Math.max(0, ...existing.map((a) => a.position)) + 1, uow.now),
      task: body.reason ?? null,
    });
    return { holder: { unitId: target.id, officerId: null }, data: { to: target.id, mode: higher ? 'escalation' : 'sequence' }, stepName: `Chuyển đến ${target.name}`, stepKind: 'transfer' };
  },

  async assign(input) {
    const assigneeId = required(input.body.assigneeId, 'body.assigneeId', 'Cần chọn cán bộ xử lý');
    await checkOfficer(input, assigneeId, ['specialist', 'leader'], input.units.current, 'body.assigneeId');
    return { holder: { unitId: input.row.current_unit_id, officerId: assigneeId }, data: { assigneeId }, stepName: 'Phân công xử lý', stepKind: 'appraise' };
  },

  async request_approval(input) {
    const leaderId = input.body.assigneeId;
    if (leaderId) await checkOfficer(input, leaderId, ['leader'], input.units.current, 'body.assigneeId');
    return { holder: { unitId: input.row.current_unit_id, officerId: leaderId ?? null }, data: { leaderId: leaderId ?? null, previousAssignee: input.row.assignee_id }, stepName: 'Trình phê duyệt', stepKind: 'approve' };
  },

  async sign(input) {
    // After signing, the result goes back to the officer who submitted it, to issue.
    const submitted = await lastActionOf(input.uow.trx, input.row.id, 'request_approval');
    return { holder: { unitId: input.row.current_unit_id, officerId: submitted?.actor_id ?? input.row.assignee_id }, data: {}, stepName: 'Ban hành kết quả', stepKind: 'issue_result' };
  },

  async send_back(input) {
    if (input.transitionFrom === 'awaiting_approval' || input.transitionFrom === 'awaiting_signature') {
      const submitted = await lastActionOf(input.uow.trx, input.row.id, 'request_approval');
      return { holder: { unitId: input.row.current_unit_id, officerId: submitted?.actor_id ?? null }, data: {}, stepName: 'Xử lý lại theo ý kiến lãnh đạo', stepKind: 'appraise' };
    }
    return { data: {} };
  },

  async consult(input) {
    const { uow, row, body } = input;
    const c = required(body.consultation, 'body.consultation', 'Cần nêu cơ quan được lấy ý kiến, nội dung và thời hạn');
    const unitIds = [...new Set([c.unitId, ...(c.parallelUnitIds ?? [])])];
    const dueAt = computeDueAt(uow.now, { value: c.workingDays, unit: 'working_days' }, input.calendar)!;
    const parallel = unitIds.length > 1;
    if (parallel) await upsertAgency(uow.trx, { ...agencyRow(row.id, row.current_unit_id, 'lead', 'parallel', 0, uow.now), due_at: row.due_at });
    const ids: string[] = [];
    for (const [i, unitId] of unitIds.entries()) {
      const unit = await findUnit(uow.trx, unitId);
      if (!unit || unit.id === row.current_unit_id) {
        const path = unitId === c.unitId ? 'body.consultation.unitId' : `body.consultation.parallelUnitIds.${(c.parallelUnitIds ?? []).indexOf(unitId)}`;
        throw new AppError('VALIDATION_FAILED', { errors: [{ path, message: 'Cơ quan được lấy ý kiến không hợp lệ' }] });
      }
      const id = newId();
      ids.push(id);
      await insertConsultation(uow.trx, {
        id, dossier_id: row.id, unit_id: unit.id, question: c.question, requested_by: input.actorId, requested_at: uow.now, due_at: dueAt,
        answered_at: null, answer: null, answered_by: null, timeliness: null,
      });
      if (parallel) {
        await upsertAgency(uow.trx, { ...agencyRow(row.id, unit.id, 'participant', 'parallel', i + 1, uow.now), task: c.question, budget_value: c.workingDays, budget_unit: 'working_days', due_at: dueAt });
      }
    }
    return { data: { consultationIds: ids, unitIds, dueAt, parallel } };
  },

  async answer_consultation(input) {
    const { uow, row, body } = input;
    const a = required(body.answer, 'body.answer', 'Cần nêu ý kiến trả lời');
    const open = (await listConsultations(uow.trx, row.id)).find((c) => c.id === a.consultationId && c.answered_at === null);
    if (!open) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'body.answer.consultationId', message: 'Không có yêu cầu lấy ý kiến đang chờ trả lời này' }] });
    const timeliness = classifyTimeliness(uow.now, open.due_at);
    await answerConsultation(uow.trx, open.id, row.id, { answered_at: uow.now, answer: a.text, answered_by: input.actorId, timeliness });
    await completeAgency(uow.trx, row.id, open.unit_id, { completed_at: uow.now, result_note: a.text, timeliness });
    return { data: { consultationId: open.id, unitId: open.unit_id } };
  },

  async apologise_and_extend(input) {
    // Kept in the log so the state can be rebuilt from it: the extension is a fact of this action.
    return { data: { newDueAt: input.body.newDueAt ?? null } };
  },

  async accept_online(input) {
    // Acceptance is the online dossier's receipt (rules.md §2.2): the time limit runs from now, and the accepting
    // officer holds it for the next step, as the desk officer does after a receipt.
    return { holder: { unitId: input.row.current_unit_id, officerId: input.actorId }, patch: { received_at: input.uow.now }, data: {}, stepName: 'Tiếp nhận hồ sơ', stepKind: 'receive' };
  },

  async request_supplement(input) {
    const missing = required(input.body.missingDocuments, 'body.missingDocuments', 'Cần liệt kê đầy đủ, một lần, các giấy tờ phải bổ sung');
    if (input.transitionFrom === 'in_progress') await scheduleSupplementTimer(input.uow, input.row.id, input.calendar);
    return { data: { missingDocuments: missing } };
  },

  async submit_supplement(input) {
    const { uow, row, body } = input;
    const documents = required(body.documents, 'body.documents', 'Cần ghi nhận giấy tờ bổ sung đã nhận');
    // The supplement completes the variant's checklist: its lines refer to the same requirements.
    const terms = (await listDossierRequirements(uow.trx, row)).map(requirementLineOf);
    await checkDocuments(uow.trx, citerOf(input.actorId), terms, documents, 'body.documents', { complete: false });
    await insertDocuments(uow.trx, documentRows(row.id, input.seq, 'supplement', documents, terms, uow.now));
    return { data: { documents: documents.length } };
  },

  async request_financial_obligation(input) {
    const o = required(input.body.obligation, 'body.obligation', 'Cần nêu nội dung và số tiền nghĩa vụ tài chính');
    await insertObligation(input.uow.trx, {
      id: newId(), dossier_id: input.row.id, description: o.description, amount: o.amount, requested_at: input.uow.now, requested_by: input.actorId,
      paid_at: null, receipt_number: null, payment_method: null, recorded_by: null,
    });
    return { data: { description: o.description, amount: o.amount } };
  },

  async record_payment(input) {
    const p = required(input.body.payment, 'body.payment', 'Cần nêu số biên lai, chứng từ nộp tiền');
    const open = (await listObligations(input.uow.trx, input.row.id)).filter((o) => o.paid_at === null);
    await payOpenObligations(input.uow.trx, input.row.id, { paid_at: input.uow.now, receipt_number: p.receiptNumber, payment_method: p.method, recorded_by: input.actorId });
    return { data: { receiptNumber: p.receiptNumber, method: p.method, amount: open.reduce((n, o) => n + Number(o.amount), 0) } };
  },

  async issue_result(input) {
    const { uow, row, body } = input;
    const r = required(body.result, 'body.result', 'Cần nêu tên văn bản kết quả');
    if (r.fileId && !(await citableFiles(uow.trx, citerOf(input.actorId), [r.fileId])).has(r.fileId)) throw fieldError('body.result.fileId', FILE_NOT_CITABLE);
    const number = (await countResults(uow.trx, row.id)) + 1;
    const code = formatResultCode(row.code, number);
    await insertResult(uow.trx, {
      id: newId(), dossier_id: row.id, number, code, title: r.title, file_id: r.fileId ?? null, issued_at: uow.now, issued_by: input.actorId, returned_at: null, return_method: null,
    });
    await completeAgency(uow.trx, row.id, row.current_unit_id, { completed_at: uow.now });
    // The result always comes back to the desk that received the dossier, to be returned from there.
    return { holder: { unitId: row.receiving_unit_id, officerId: null }, data: { resultCode: code, title: r.title }, stepName: 'Trả kết quả', stepKind: 'return' };
  },

  async return_result(input) {
    const method = required(input.body.returnMethod, 'body.returnMethod', 'Cần chọn hình thức trả kết quả');
    await returnResults(input.uow.trx, input.row.id, input.uow.now, method);
    // The first return stays the dossier's return; a corrected result's return is kept on the result.
    return { patch: { returned_at: input.row.returned_at ?? input.uow.now, return_method: input.row.return_method ?? method }, data: { returnMethod: method } };
  },
};

function agencyRow(dossierId: string, unitId: string, role: string, mode: string, position: number, startedAt: string): DB['dossier_agencies'] {
  return {
    dossier_id: dossierId, unit_id: unitId, role, mode, position, task: null, budget_value: null, budget_unit: null,
    started_at: startedAt, due_at: null, completed_at: null, result_note: null, timeliness: null,
  };
}

export async function applyEffects(input: EffectInput): Promise<Effects> {
  return (await handlers[input.action]?.(input)) ?? { data: {} };
}
