/**
 * Conditions beyond status and role: the rules with numbers (rules.md §2). A guard either refuses
 * an action with a reason code, or lets it through with flags the national index cares about.
 */
import { localDateOf, parseInstant } from '../calendar/civil-date.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { DossierAction, DossierActor, DossierTransition } from './actions.ts';
import { apologyStillInTime, onlineDeadlines, paperTransferDay, supplementClosableAt, supplementNoticeDueAt } from './deadlines.ts';
import type { LegalRuleTable } from './legal-rules.ts';
import { legalRules, ruleAt } from './legal-rules.ts';

export type DossierChannel = 'in_person' | 'online' | 'postal';

export const actionRefusalMessages = {
  not_allowed_in_status: 'Thao tác này không thực hiện được ở trạng thái hiện tại của hồ sơ.',
  role_not_permitted: 'Vai trò của bạn không được thực hiện thao tác này.',
  apology_limit_reached: 'Hồ sơ đã xin lỗi và hẹn lại ngày trả kết quả; chỉ được thực hiện một lần.',
  apology_too_late: 'Đã quá thời điểm gửi văn bản xin lỗi (chậm nhất 01 ngày làm việc trước ngày hẹn trả).',
  due_date_unknown: 'Chưa xác định được ngày hẹn trả kết quả.',
  supplement_still_awaited: 'Chưa hết thời hạn chờ người nộp bổ sung hồ sơ.',
  supplement_request_time_unknown: 'Không rõ thời điểm yêu cầu bổ sung hồ sơ.',
  no_rule_in_force: 'Chưa có quy định áp dụng tại thời điểm này.',
  step_already_started: 'Bước xử lý hiện tại đã bắt đầu.',
  no_step_started: 'Chưa có bước xử lý nào đang thực hiện.',
  approval_required: 'Quy trình yêu cầu lãnh đạo phê duyệt trước khi ban hành kết quả.',
  reason_required: 'Cần nêu lý do.',
  new_due_date_required: 'Cần nêu ngày hẹn trả kết quả mới.',
  new_due_date_not_later: 'Ngày hẹn mới phải sau ngày hẹn hiện tại.',
  no_open_consultation: 'Không có yêu cầu lấy ý kiến nào đang chờ trả lời.',
} as const satisfies Record<string, string>;
export type ActionRefusalCode = keyof typeof actionRefusalMessages;

export const dossierFlagMessages = {
  repeated_supplement_request: 'Yêu cầu bổ sung hồ sơ lần thứ hai trở lên: Chỉ số phục vụ tính hồ sơ là trễ hạn.',
  extra_online_correction: 'Yêu cầu hoàn thiện hồ sơ trực tuyến quá số lần quy định.',
  supplement_notice_late: 'Thông báo bổ sung hồ sơ quá thời hạn sau khi tiếp nhận.',
  online_acceptance_late: 'Tiếp nhận hồ sơ trực tuyến quá thời hạn quy định.',
  transfer_late: 'Chuyển hồ sơ giấy muộn hơn ngày phải chuyển.',
} as const satisfies Record<string, string>;
export type DossierFlag = keyof typeof dossierFlagMessages;

/** What `allowedActions` needs to know besides the status. */
export interface ActionContext {
  roles: readonly DossierActor[];
  /** ISO instant with offset; the injected clock. */
  now: string;
  calendar: WorkingCalendar;
  /** Current appointment; null while the clock is paused. */
  dueAt?: string | null;
  channel?: DossierChannel;
  /** Where the desk's acceptance window of an online dossier starts: registration, or the corrected submission. */
  acceptanceWindowFrom?: string | null;
  /** When the dossier was accepted as complete (the clock started). */
  receivedAt?: string | null;
  supplementRequestsSoFar?: number;
  onlineCorrectionsSoFar?: number;
  supplementRequestedAt?: string | null;
  apologiesSoFar?: number;
  stepOpen?: boolean;
  /** Consultations still awaiting an answer; undefined when unknown. */
  openConsultations?: number;
  /** False when the workflow of the variant has no approval step; true when unknown. */
  approvalRequired?: boolean;
  rules?: LegalRuleTable;
}

export type GuardOutcome = { refusal: ActionRefusalCode } | { flags: DossierFlag[] };

type Guard = (ctx: ActionContext, transition: DossierTransition) => GuardOutcome;

const pass: GuardOutcome = { flags: [] };

function flagsWhen(entries: ReadonlyArray<readonly [boolean, DossierFlag]>): GuardOutcome {
  return { flags: entries.filter(([when]) => when).map(([, flag]) => flag) };
}

function after(a: string, b: string): boolean {
  return parseInstant(a) > parseInstant(b);
}

const requestSupplement: Guard = (ctx, transition) => {
  const rules = ctx.rules ?? legalRules;
  if (transition.from === 'newly_registered') {
    const rounds = ruleAt('onlineCorrectionRounds', ctx.now, rules);
    return flagsWhen([[rounds !== undefined && (ctx.onlineCorrectionsSoFar ?? 0) >= rounds.value.max, 'extra_online_correction']]);
  }
  const limit = ruleAt('supplementRequestLimit', ctx.now, rules);
  const noticeDue = ctx.receivedAt ? supplementNoticeDueAt(ctx.receivedAt, ctx.calendar, rules) : undefined;
  return flagsWhen([
    [limit !== undefined && (ctx.supplementRequestsSoFar ?? 0) >= limit.value.max, 'repeated_supplement_request'],
    [noticeDue !== undefined && after(ctx.now, noticeDue), 'supplement_notice_late'],
  ]);
};

const acceptOnline: Guard = (ctx) => {
  const deadlines = ctx.acceptanceWindowFrom ? onlineDeadlines(ctx.acceptanceWindowFrom, ctx.calendar, ctx.rules) : undefined;
  return flagsWhen([[deadlines !== undefined && after(ctx.now, deadlines.acceptBy), 'online_acceptance_late']]);
};

const transfer: Guard = (ctx, transition) => {
  if (transition.from !== 'received' || ctx.channel === 'online' || !ctx.receivedAt) return pass;
  const day = paperTransferDay(ctx.receivedAt, ctx.calendar, ctx.rules);
  return flagsWhen([[day !== undefined && localDateOf(parseInstant(ctx.now)) > day.transferOn, 'transfer_late']]);
};

const apologise: Guard = (ctx) => {
  const rules = ctx.rules ?? legalRules;
  const limit = ruleAt('apologyLimit', ctx.now, rules);
  if (!limit) return { refusal: 'no_rule_in_force' };
  if ((ctx.apologiesSoFar ?? 0) >= limit.value.max) return { refusal: 'apology_limit_reached' };
  if (!ctx.dueAt) return { refusal: 'due_date_unknown' };
  const inTime = apologyStillInTime(ctx.now, ctx.dueAt, ctx.calendar, rules);
  if (inTime === undefined) return { refusal: 'no_rule_in_force' };
  return inTime ? pass : { refusal: 'apology_too_late' };
};

const closeWithoutSupplement: Guard = (ctx) => {
  if (!ctx.supplementRequestedAt) return { refusal: 'supplement_request_time_unknown' };
  const closable = supplementClosableAt(ctx.supplementRequestedAt, ctx.calendar, ctx.rules);
  if (closable === undefined) return { refusal: 'no_rule_in_force' };
  return after(closable, ctx.now) ? { refusal: 'supplement_still_awaited' } : pass;
};

const guards: Partial<Record<DossierAction, Guard>> = {
  request_supplement: requestSupplement,
  accept_online: acceptOnline,
  transfer,
  apologise_and_extend: apologise,
  close_without_supplement: closeWithoutSupplement,
  // In consulting there is always a request awaited; back in progress only a still-open parallel request can be answered.
  answer_consultation: (ctx, transition) => (transition.from === 'in_progress' && !((ctx.openConsultations ?? 0) > 0) ? { refusal: 'no_open_consultation' } : pass),
  start_step: (ctx) => (ctx.stepOpen ? { refusal: 'step_already_started' } : pass),
  complete_step: (ctx) => (ctx.stepOpen ? pass : { refusal: 'no_step_started' }),
  issue_result: (ctx, transition) =>
    transition.from === 'in_progress' && ctx.approvalRequired !== false ? { refusal: 'approval_required' } : pass,
};

export function runGuard(action: DossierAction, ctx: ActionContext, transition: DossierTransition): GuardOutcome {
  return guards[action]?.(ctx, transition) ?? pass;
}
