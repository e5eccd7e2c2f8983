/**
 * Every workflow action on a dossier as typed data: from which statuses it applies, where it leads,
 * who may do it, what it does to the clock and whether it needs a reason. The API and the UI read
 * the same table, so the UI shows exactly the buttons the server accepts (STYLE.md; OpenCRVS
 * `availableActions`).
 */
import type { RoleCode } from '../permissions.ts';
import type { DossierStatus } from './statuses.ts';

export const dossierActions = [
  'register_online',
  'receive',
  'accept_online',
  'request_supplement',
  'submit_supplement',
  'refuse',
  'transfer',
  'assign',
  'start_step',
  'complete_step',
  'send_back',
  'consult',
  'answer_consultation',
  'request_approval',
  'approve',
  'sign',
  'issue_result',
  'request_financial_obligation',
  'record_payment',
  'apologise_and_extend',
  'stop',
  'withdraw',
  'close_without_supplement',
  'return_result',
  'correct_result',
] as const;
export type DossierAction = (typeof dossierActions)[number];

/** A role of a signed-in officer, or `system` for jobs and inbound interfaces (national portal, payments). */
export type DossierActor = RoleCode | 'system';

/**
 * What an action does to the time limit: `start` when the dossier is accepted as complete, `pause`
 * while the applicant owes something, `resume` with what was left, `restart` from zero, `extend` to
 * a new appointment, `end` at the end of processing.
 */
export type ClockEffect = 'start' | 'pause' | 'resume' | 'restart' | 'extend' | 'end' | 'none';

/** Rules that decide, at the time of the action, whether the clock effect applies or which one. */
export type ClockRule = 'financialObligationPausesClock' | 'supplementClockOnReturn';

export interface DossierTransition {
  /** Null: the action opens a new dossier. */
  from: DossierStatus | null;
  to: DossierStatus;
  roles: readonly DossierActor[];
  clock: ClockEffect;
  clockRule?: ClockRule;
}

export type RequiredFact = 'newDueAt';

export interface DossierActionDefinition {
  action: DossierAction;
  /** Vietnamese button text. */
  label: string;
  /** A written reason is kept with the action (e.g. the full list of what is missing). */
  needsReason: boolean;
  needs: readonly RequiredFact[];
  transitions: readonly DossierTransition[];
}

const DESK: readonly DossierActor[] = ['desk_officer'];
const DESK_OR_SYSTEM: readonly DossierActor[] = ['desk_officer', 'system'];
const WORKERS: readonly DossierActor[] = ['specialist', 'leader'];
const LEADER: readonly DossierActor[] = ['leader'];

/** Statuses in which the agency is working and the clock runs. */
export const workingStatuses = [
  'received',
  'awaiting_assignment',
  'in_progress',
  'consulting',
  'awaiting_approval',
  'awaiting_signature',
  'awaiting_issue',
] as const satisfies readonly DossierStatus[];

/** From the receipt until the result is issued, the applicant may ask to stop (rules.md §2.4). */
export const stoppableStatuses = [
  ...workingStatuses,
  'supplement_requested',
  'financial_obligation_requested',
] as const satisfies readonly DossierStatus[];

export const withdrawableStatuses = [
  'newly_registered',
  'awaiting_online_correction',
  ...stoppableStatuses,
] as const satisfies readonly DossierStatus[];

function from(
  statuses: readonly (DossierStatus | null)[],
  to: DossierStatus | 'same',
  roles: readonly DossierActor[],
  clock: ClockEffect = 'none',
  clockRule?: ClockRule,
): DossierTransition[] {
  return statuses.map((status) => {
    const target = to === 'same' ? status : to;
    if (target === null) throw new RangeError('An opening action must name its target status');
    const transition: DossierTransition = { from: status, to: target, roles, clock };
    return clockRule === undefined ? transition : { ...transition, clockRule };
  });
}

type Definition = Omit<DossierActionDefinition, 'action' | 'needs'> & { needs?: readonly RequiredFact[] };

const definitions: Record<DossierAction, Definition> = {
  register_online: {
    label: 'Đăng ký hồ sơ trực tuyến',
    needsReason: false,
    transitions: from([null], 'newly_registered', ['system']),
  },
  receive: { label: 'Tiếp nhận hồ sơ', needsReason: false, transitions: from([null], 'received', DESK, 'start') },
  accept_online: {
    label: 'Tiếp nhận hồ sơ trực tuyến',
    needsReason: false,
    transitions: from(['newly_registered'], 'received', DESK, 'start'),
  },
  request_supplement: {
    label: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
    needsReason: true,
    transitions: [
      ...from(['newly_registered'], 'awaiting_online_correction', DESK),
      ...from(['in_progress'], 'supplement_requested', WORKERS, 'pause'),
    ],
  },
  submit_supplement: {
    label: 'Nhận hồ sơ bổ sung',
    needsReason: false,
    transitions: [
      ...from(['awaiting_online_correction'], 'newly_registered', DESK_OR_SYSTEM),
      ...from(['supplement_requested'], 'in_progress', DESK_OR_SYSTEM, 'restart', 'supplementClockOnReturn'),
    ],
  },
  refuse: {
    label: 'Từ chối giải quyết',
    needsReason: true,
    transitions: [
      ...from(['newly_registered', 'awaiting_online_correction'], 'refused', DESK, 'end'),
      ...from(['in_progress', 'awaiting_approval', 'awaiting_signature'], 'refused', LEADER, 'end'),
    ],
  },
  transfer: {
    label: 'Chuyển hồ sơ',
    needsReason: false,
    // From in_progress: hand-over to the next agency of an inter-agency chain, or up to another level.
    transitions: [...from(['received'], 'awaiting_assignment', DESK_OR_SYSTEM), ...from(['in_progress'], 'awaiting_assignment', WORKERS)],
  },
  assign: { label: 'Phân công xử lý', needsReason: false, transitions: from(['awaiting_assignment', 'in_progress'], 'in_progress', LEADER) },
  start_step: { label: 'Bắt đầu bước xử lý', needsReason: false, transitions: from(['in_progress'], 'same', WORKERS) },
  complete_step: { label: 'Hoàn thành bước xử lý', needsReason: false, transitions: from(['in_progress'], 'same', WORKERS) },
  send_back: {
    label: 'Trả lại bước trước',
    needsReason: true,
    transitions: [
      ...from(['in_progress'], 'in_progress', WORKERS),
      ...from(['awaiting_approval', 'awaiting_signature'], 'in_progress', LEADER),
      ...from(['awaiting_issue'], 'in_progress', WORKERS),
    ],
  },
  consult: { label: 'Lấy ý kiến cơ quan liên quan', needsReason: false, transitions: from(['in_progress'], 'consulting', WORKERS) },
  answer_consultation: {
    label: 'Ghi nhận ý kiến trả lời',
    needsReason: false,
    // From in_progress: a later answer of a parallel consultation, still recorded with its timeliness.
    transitions: [...from(['consulting'], 'in_progress', [...WORKERS, 'system']), ...from(['in_progress'], 'in_progress', [...WORKERS, 'system'])],
  },
  request_approval: { label: 'Trình phê duyệt', needsReason: false, transitions: from(['in_progress'], 'awaiting_approval', ['specialist']) },
  approve: { label: 'Phê duyệt', needsReason: false, transitions: from(['awaiting_approval'], 'awaiting_signature', LEADER) },
  sign: { label: 'Ký số kết quả', needsReason: false, transitions: from(['awaiting_signature'], 'awaiting_issue', LEADER) },
  issue_result: {
    label: 'Ban hành kết quả',
    needsReason: false,
    // From in_progress only where the workflow has no approval step (checked by a guard). While correcting a
    // result wrong by the agency's fault, the corrected result is issued (…-KQ2) and then returned again.
    transitions: [...from(['awaiting_issue', 'in_progress'], 'result_ready', WORKERS, 'end'), ...from(['correcting_result'], 'correcting_result', WORKERS)],
  },
  request_financial_obligation: {
    label: 'Yêu cầu thực hiện nghĩa vụ tài chính',
    needsReason: false,
    transitions: from(['in_progress'], 'financial_obligation_requested', WORKERS, 'pause', 'financialObligationPausesClock'),
  },
  record_payment: {
    label: 'Ghi nhận đã thực hiện nghĩa vụ tài chính',
    needsReason: false,
    transitions: from(['financial_obligation_requested'], 'in_progress', DESK_OR_SYSTEM, 'resume', 'financialObligationPausesClock'),
  },
  apologise_and_extend: {
    label: 'Xin lỗi và hẹn lại ngày trả kết quả',
    needsReason: true,
    needs: ['newDueAt'],
    transitions: from(workingStatuses, 'same', WORKERS, 'extend'),
  },
  stop: { label: 'Dừng giải quyết', needsReason: true, transitions: from(stoppableStatuses, 'stopped', [...DESK_OR_SYSTEM, 'leader'], 'end') },
  withdraw: { label: 'Rút hồ sơ', needsReason: false, transitions: from(withdrawableStatuses, 'withdrawn', DESK_OR_SYSTEM, 'end') },
  close_without_supplement: {
    label: 'Kết thúc hồ sơ do không bổ sung',
    needsReason: false,
    transitions: from(['supplement_requested'], 'closed_without_supplement', DESK_OR_SYSTEM, 'end'),
  },
  return_result: {
    label: 'Trả kết quả',
    needsReason: false,
    transitions: from(['result_ready', 'correcting_result'], 'returned', DESK_OR_SYSTEM),
  },
  correct_result: {
    label: 'Đính chính kết quả',
    needsReason: true,
    transitions: from(['returned'], 'correcting_result', ['desk_officer', ...WORKERS]),
  },
};

export const dossierActionDefinitions: Readonly<Record<DossierAction, DossierActionDefinition>> = Object.fromEntries(
  dossierActions.map((action) => {
    const { needs = [], ...rest } = definitions[action];
    return [action, { action, needs, ...rest }];
  }),
) as Record<DossierAction, DossierActionDefinition>;

/** Actions that open a new dossier. */
export const openingActions: readonly DossierAction[] = dossierActions.filter((a) =>
  dossierActionDefinitions[a].transitions.some((t) => t.from === null),
);

/** Actions still allowed in a terminal status, on purpose. */
export const terminalExceptions: Readonly<Partial<Record<DossierStatus, readonly DossierAction[]>>> = {
  returned: ['correct_result'],
};

export function isDossierAction(value: unknown): value is DossierAction {
  return typeof value === 'string' && (dossierActions as readonly string[]).includes(value);
}

/** The transition of an action from a status (null: no dossier yet), if the action applies there at all. */
export function findTransition(action: DossierAction, status: DossierStatus | null): DossierTransition | undefined {
  return dossierActionDefinitions[action].transitions.find((t) => t.from === status);
}

/** Every action with a transition from a status, whoever acts and whatever the facts. */
export function actionsFromStatus(status: DossierStatus | null): DossierAction[] {
  return dossierActions.filter((a) => findTransition(a, status) !== undefined);
}
