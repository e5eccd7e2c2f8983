/**
 * Which dossier actions the applicant hears about. The applicant follows the dossier by the status the national
 * portal shows (rules.md §2: ten national codes), so an action notifies when it moves the dossier to another
 * national code, or when it opens the dossier. Internal work inside "Đang xử lý" (transfer between divisions,
 * assign, start/complete a step, consult, submit for approval, approve, sign, send back) keeps code 4 and is
 * silent. A few actions keep the code yet change what the applicant must know, and notify too: an apology
 * with a new appointment, and the correction of a returned result (correct, re-issue, return again).
 */
import { dossierStatusDefinitions, isDossierStatus, type DossierStatus } from '@motcua/shared';

const sameCodeNotices: ReadonlySet<string> = new Set(['apologise_and_extend', 'correct_result', 'issue_result', 'return_result']);

export function notifiesApplicant(action: string, from: string | null, to: string): boolean {
  if (!isDossierStatus(to)) return false;
  if (from === null) return true;
  if (!isDossierStatus(from)) return true;
  if (dossierStatusDefinitions[from].nationalCode !== dossierStatusDefinitions[to].nationalCode) return true;
  return sameCodeNotices.has(action);
}

export const templateKeys = [
  'registered',
  'received',
  'online_correction_requested',
  'supplement_requested',
  'supplement_received',
  'in_progress',
  'refused',
  'financial_obligation_requested',
  'payment_recorded',
  'apology',
  'result_ready',
  'returned',
  'result_correcting',
  'corrected_result_ready',
  'stopped',
  'withdrawn',
  'closed_without_supplement',
  'status_changed',
] as const;
export type TemplateKey = (typeof templateKeys)[number];

/** The template of a notifying action, by what it did and where it led. */
export function templateFor(action: string, to: DossierStatus): TemplateKey {
  switch (action) {
    case 'register_online':
      return 'registered';
    case 'receive':
    case 'accept_online':
      return 'received';
    case 'request_supplement':
      return to === 'awaiting_online_correction' ? 'online_correction_requested' : 'supplement_requested';
    case 'submit_supplement':
      return 'supplement_received';
    case 'transfer':
      return 'in_progress';
    case 'refuse':
      return 'refused';
    case 'request_financial_obligation':
      return 'financial_obligation_requested';
    case 'record_payment':
      return 'payment_recorded';
    case 'apologise_and_extend':
      return 'apology';
    case 'issue_result':
      return to === 'correcting_result' ? 'corrected_result_ready' : 'result_ready';
    case 'return_result':
      return 'returned';
    case 'correct_result':
      return 'result_correcting';
    case 'stop':
      return 'stopped';
    case 'withdraw':
      return 'withdrawn';
    case 'close_without_supplement':
      return 'closed_without_supplement';
    default:
      return 'status_changed';
  }
}

/** Vietnamese names of the templates, for the officer's list. */
export const templateLabels: Record<TemplateKey, string> = {
  registered: 'Đã đăng ký trực tuyến',
  received: 'Đã tiếp nhận, hẹn trả kết quả',
  online_correction_requested: 'Yêu cầu bổ sung hồ sơ trực tuyến',
  supplement_requested: 'Yêu cầu bổ sung hồ sơ',
  supplement_received: 'Đã nhận hồ sơ bổ sung',
  in_progress: 'Đang xử lý',
  refused: 'Từ chối giải quyết',
  financial_obligation_requested: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  payment_recorded: 'Đã ghi nhận nghĩa vụ tài chính',
  apology: 'Thư xin lỗi, hẹn lại ngày trả kết quả',
  result_ready: 'Đã có kết quả',
  returned: 'Đã trả kết quả',
  result_correcting: 'Đang đính chính kết quả',
  corrected_result_ready: 'Đã có kết quả đính chính',
  stopped: 'Dừng giải quyết',
  withdrawn: 'Đã rút hồ sơ',
  closed_without_supplement: 'Kết thúc do không bổ sung',
  status_changed: 'Thay đổi tình trạng hồ sơ',
};
