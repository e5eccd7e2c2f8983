/**
 * Our dossier statuses, richer than the ten national status codes the national portal knows
 * (rules.md §2 "Status codes"). Each maps to exactly one national code, so the sync and the
 * national index see the dossier the way the law counts it.
 */

export const nationalStatusCodes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type NationalStatusCode = (typeof nationalStatusCodes)[number];

/** The Vietnamese names the national portal uses for its status codes. */
export const nationalStatusLabels: Record<NationalStatusCode, string> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

export const dossierStatuses = [
  'newly_registered',
  'awaiting_online_correction',
  'received',
  'awaiting_assignment',
  'in_progress',
  'consulting',
  'awaiting_approval',
  'awaiting_signature',
  'awaiting_issue',
  'supplement_requested',
  'financial_obligation_requested',
  'result_ready',
  'returned',
  'correcting_result',
  'refused',
  'stopped',
  'withdrawn',
  'closed_without_supplement',
] as const;
export type DossierStatus = (typeof dossierStatuses)[number];

/**
 * What the dossier clock does while a dossier sits in a status: not started before the dossier is
 * accepted as complete, paused while the applicant owes something, ended at the end of processing.
 */
export type StatusClock = 'not_started' | 'running' | 'paused' | 'ended';

export interface DossierStatusDefinition {
  status: DossierStatus;
  nationalCode: NationalStatusCode;
  /** Vietnamese label shown to officers and applicants. */
  label: string;
  clock: StatusClock;
  /** No further processing; only the actions in `terminalExceptions` may still apply. */
  terminal: boolean;
}

type Row = readonly [status: DossierStatus, code: NationalStatusCode, label: string, clock: StatusClock, terminal: boolean];

const rows: readonly Row[] = [
  ['newly_registered', 1, 'Mới đăng ký trực tuyến, chờ kiểm tra', 'not_started', false],
  ['awaiting_online_correction', 5, 'Chờ người nộp bổ sung, hoàn thiện hồ sơ trực tuyến', 'not_started', false],
  ['received', 2, 'Đã tiếp nhận, chờ chuyển xử lý', 'running', false],
  ['awaiting_assignment', 4, 'Chờ phân công xử lý', 'running', false],
  ['in_progress', 4, 'Đang xử lý', 'running', false],
  ['consulting', 4, 'Đang lấy ý kiến cơ quan liên quan', 'running', false],
  ['awaiting_approval', 4, 'Chờ lãnh đạo phê duyệt', 'running', false],
  ['awaiting_signature', 4, 'Chờ ký số', 'running', false],
  ['awaiting_issue', 4, 'Chờ ban hành kết quả', 'running', false],
  ['supplement_requested', 5, 'Chờ người nộp bổ sung hồ sơ', 'paused', false],
  ['financial_obligation_requested', 6, 'Chờ thực hiện nghĩa vụ tài chính', 'paused', false],
  ['result_ready', 9, 'Đã có kết quả, chờ trả', 'ended', false],
  ['returned', 10, 'Đã trả kết quả', 'ended', true],
  ['correcting_result', 10, 'Đang đính chính kết quả do lỗi của cơ quan', 'ended', false],
  ['refused', 3, 'Từ chối (không được tiếp nhận, không giải quyết)', 'ended', true],
  ['stopped', 8, 'Dừng giải quyết', 'ended', true],
  ['withdrawn', 7, 'Người nộp đã rút hồ sơ', 'ended', true],
  ['closed_without_supplement', 8, 'Kết thúc do quá hạn không bổ sung hồ sơ', 'ended', true],
];

export const dossierStatusDefinitions: Readonly<Record<DossierStatus, DossierStatusDefinition>> = Object.fromEntries(
  rows.map(([status, nationalCode, label, clock, terminal]) => [status, { status, nationalCode, label, clock, terminal }]),
) as Record<DossierStatus, DossierStatusDefinition>;

export function isDossierStatus(value: unknown): value is DossierStatus {
  return typeof value === 'string' && (dossierStatuses as readonly string[]).includes(value);
}

/** The national status code (1–10) the dossier is synced with. */
export function nationalStatusOf(status: DossierStatus): { code: NationalStatusCode; label: string } {
  const code = dossierStatusDefinitions[status].nationalCode;
  return { code, label: nationalStatusLabels[code] };
}

/** Our statuses that report a given national code, e.g. 4 → every kind of "processing". */
export function statusesWithNationalCode(code: NationalStatusCode): DossierStatus[] {
  return dossierStatuses.filter((s) => dossierStatusDefinitions[s].nationalCode === code);
}

/**
 * End of processing for the national index (rules.md §2): completed (9), returned (10), stopped or
 * refused (8/3), withdrawn (7). A correction after return does not reopen processing.
 */
export function endsProcessing(status: DossierStatus): boolean {
  return dossierStatusDefinitions[status].clock === 'ended';
}
