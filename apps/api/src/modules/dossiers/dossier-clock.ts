/** The dossier's appointment from its clock: the legal time limit from the receipt, with pauses, restarts and extensions. */
import {
  computeDueDate, dueAtOf, legalRules, paperTransferDay, resultCorrectionDueAt, ruleAt, supplementClosableAt, supplementNoticeDueAt, workingStatuses,
  type DossierState, type TimeLimit, type TimeLimitUnit, type WorkingCalendar,
} from '@motcua/shared';
import type { DossierRow } from './dossiers.queries.ts';

/** The legal time limit the dossier was received with (null: none, only an agreed date gives an appointment). */
export function timeLimitOf(row: DossierRow): TimeLimit | null {
  return row.time_limit_value !== null && row.time_limit_unit !== null ? { value: row.time_limit_value, unit: row.time_limit_unit as TimeLimitUnit } : null;
}

export function dueAtFor(state: DossierState, limit: TimeLimit | null, calendar: WorkingCalendar): string | null {
  if (!limit) return lastExtension(state);
  return dueAtOf(state, limit, calendar);
}

/** Without a legal limit only an agreed new date (an apology) gives the dossier an appointment. */
function lastExtension(state: DossierState): string | null {
  const extension = [...state.clockEvents].reverse().find((e) => e.type === 'extend');
  return extension?.type === 'extend' ? (extension.until ?? null) : null;
}

export function explainClock(state: DossierState, limit: TimeLimit | null, calendar: WorkingCalendar) {
  if (!limit || !state.receivedAt) return { dueAt: lastExtension(state), paused: false, explanation: limit ? [] : ['Thủ tục không quy định thời hạn giải quyết theo ngày.'] };
  const result = computeDueDate({ start: state.receivedAt, timeLimit: limit, calendar, events: state.clockEvents });
  const ex = result.explanation;
  const lines = [ex.summary, ...ex.skippedDays.map((d) => `${d.date}: ${d.label}${d.name ? ` (${d.name})` : ''} — không tính`)];
  return { dueAt: result.dueAt, paused: result.paused !== null, explanation: lines };
}

export interface Milestone {
  kind: string;
  label: string;
  at: string;
  citation: string;
}

const citationOf = (name: Parameters<typeof ruleAt>[0], at: string) => ruleAt(name, at, legalRules)?.citation ?? '';

/** The short deadlines of the dossier's current stage, each from the dated rule in force when it started. */
export function milestonesOf(state: DossierState, calendar: WorkingCalendar, correctionReportedAt: string | null): Milestone[] {
  const out: Milestone[] = [];
  const received = state.receivedAt;
  if (received && state.status === 'received' && state.channel !== 'online') {
    const day = paperTransferDay(received, calendar);
    if (day) {
      out.push({ kind: 'paper_transfer', label: day.sameDay ? 'Chuyển hồ sơ giấy trong ngày tiếp nhận' : 'Chuyển hồ sơ giấy vào đầu ngày làm việc tiếp theo', at: new Date(`${day.transferOn}T17:00:00+07:00`).toISOString(), citation: day.citation });
    }
  }
  if (received && (workingStatuses as readonly string[]).includes(state.status) && state.supplementRequests === 0) {
    const at = supplementNoticeDueAt(received, calendar);
    if (at) out.push({ kind: 'supplement_notice', label: 'Hạn thông báo yêu cầu bổ sung hồ sơ (nếu hồ sơ chưa đầy đủ)', at: new Date(at).toISOString(), citation: citationOf('supplementNoticeWithin', received) });
  }
  if (state.status === 'supplement_requested' && state.supplementRequestedAt) {
    const at = supplementClosableAt(state.supplementRequestedAt, calendar);
    if (at) out.push({ kind: 'supplement_close', label: 'Kết thúc hồ sơ nếu người nộp không bổ sung', at: new Date(at).toISOString(), citation: citationOf('supplementCloseAfter', state.supplementRequestedAt) });
  }
  if (state.status === 'correcting_result' && correctionReportedAt) {
    const at = resultCorrectionDueAt(correctionReportedAt, calendar);
    if (at) out.push({ kind: 'result_correction', label: 'Hạn đính chính và trả lại kết quả', at: new Date(at).toISOString(), citation: citationOf('resultCorrectionWithin', correctionReportedAt) });
  }
  return out;
}
