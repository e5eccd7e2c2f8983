/**
 * Every number the dossier rules use, as dated configuration with its legal citation (rules.md §0,
 * §2): code reads a figure through `ruleAt(name, date)`, never as a literal, so an officer can see
 * which text set it and a province can supply its own table where the law leaves room.
 */
import { localDateOf, parseDate, parseInstant } from '../calendar/civil-date.ts';

export type RuleDurationUnit = 'hours' | 'working_hours' | 'working_days' | 'days';

export interface RuleDuration {
  value: number;
  unit: RuleDurationUnit;
}

export interface LegalRuleValues {
  /** Supplement requests after acceptance; more than `max` is allowed but counts the dossier as late. */
  supplementRequestLimit: { max: number; beyondMax: 'allow_and_flag_late' };
  /** Rounds of corrections an online dossier may be sent back for before acceptance. */
  onlineCorrectionRounds: { max: number; beyondMax: 'allow_and_flag' };
  /** A dossier found incomplete after appraisal is notified within this time of receipt. */
  supplementNoticeWithin: RuleDuration;
  /** What the time limit does when the complete dossier comes back. */
  supplementClockOnReturn: 'restart' | 'resume';
  /** The desk closes a dossier after this long without the requested supplement. */
  supplementCloseAfter: RuleDuration;
  /** The system alerts the officer of a new online dossier within this time. */
  onlineAlertWithin: RuleDuration;
  /** The officer accepts an online dossier or asks for corrections within this time. */
  onlineAcceptanceWithin: RuleDuration;
  /** Paper received after this local time ('HH:MM') moves at the start of the next working day. */
  paperTransferCutoff: { after: string };
  /** Paper dossiers for an agency at another level move within this time. */
  otherLevelPaperTransferWithin: RuleDuration;
  apologyLimit: { max: number };
  /** The apology with a new date is sent at least this long before the due date. */
  apologyNoticeBefore: RuleDuration;
  /** Whether the time the applicant takes to pay fees, charges and taxes is left out of the limit. */
  financialObligationPausesClock: boolean;
  /** A result wrong by the agency's fault is corrected and returned within this time. */
  resultCorrectionWithin: RuleDuration;
  /** Minimum digits of the daily sequence in the dossier code; longer as volume needs. */
  dossierCodeSequenceDigits: { min: number };
}

export type LegalRuleName = keyof LegalRuleValues;

export interface LegalRuleVersion<V> {
  /** 'YYYY-MM-DD': first day this version applies (Vietnam calendar). */
  effectiveFrom: string;
  value: V;
  /** Legal text and article, as shown to officers. */
  citation: string;
  /** rules.md marks the figure as configurable: a province may set its own within the law. */
  configurable: boolean;
  /** False when the article or figure still has to be checked against the published text. */
  confirmed: boolean;
  note?: string;
}

export type LegalRuleTable = { readonly [N in LegalRuleName]: readonly LegalRuleVersion<LegalRuleValues[N]>[] };

/** Vietnamese description of each rule, for the settings screen and explanations. */
export const legalRuleLabels: Record<LegalRuleName, string> = {
  supplementRequestLimit: 'Số lần yêu cầu bổ sung, hoàn thiện hồ sơ',
  onlineCorrectionRounds: 'Số lần yêu cầu hoàn thiện hồ sơ trực tuyến trước khi tiếp nhận',
  supplementNoticeWithin: 'Thời hạn thông báo bổ sung sau khi thẩm định',
  supplementClockOnReturn: 'Cách tính thời hạn khi nhận đủ hồ sơ bổ sung',
  supplementCloseAfter: 'Thời hạn kết thúc hồ sơ khi không bổ sung',
  onlineAlertWithin: 'Thời hạn hệ thống cảnh báo hồ sơ trực tuyến mới',
  onlineAcceptanceWithin: 'Thời hạn tiếp nhận hoặc yêu cầu hoàn thiện hồ sơ trực tuyến',
  paperTransferCutoff: 'Giờ chốt chuyển hồ sơ giấy trong ngày',
  otherLevelPaperTransferWithin: 'Thời hạn chuyển hồ sơ giấy lên cơ quan cấp khác',
  apologyLimit: 'Số lần xin lỗi và hẹn lại ngày trả kết quả',
  apologyNoticeBefore: 'Thời điểm chậm nhất gửi văn bản xin lỗi trước ngày hẹn',
  financialObligationPausesClock: 'Không tính thời gian thực hiện nghĩa vụ tài chính',
  resultCorrectionWithin: 'Thời hạn đính chính kết quả do lỗi của cơ quan',
  dossierCodeSequenceDigits: 'Số chữ số tối thiểu của số thứ tự trong mã hồ sơ',
};

const D61 = '2018-06-21';
const D118 = '2025-07-01';
const ND61 = 'Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP)';
const ND118 = 'Nghị định 118/2025/NĐ-CP';

function v<V>(effectiveFrom: string, value: V, citation: string, flags: { configurable?: boolean; confirmed?: boolean; note?: string } = {}): LegalRuleVersion<V> {
  const version: LegalRuleVersion<V> = { effectiveFrom, value, citation, configurable: flags.configurable ?? false, confirmed: flags.confirmed ?? true };
  return flags.note === undefined ? version : { ...version, note: flags.note };
}

export const legalRules: LegalRuleTable = {
  supplementRequestLimit: [
    v(D61, { max: 1, beyondMax: 'allow_and_flag_late' }, `${ND61}, Điều 15, Điều 17`, { confirmed: false }),
    v(D118, { max: 1, beyondMax: 'allow_and_flag_late' }, `${ND118}, Điều 15, Điều 19`, {
      note: 'Yêu cầu bổ sung một lần, đầy đủ; từ lần thứ hai hệ thống vẫn cho phép nhưng Chỉ số phục vụ tính hồ sơ là trễ hạn.',
    }),
  ],
  onlineCorrectionRounds: [
    v(D118, { max: 1, beyondMax: 'allow_and_flag' }, `${ND118}, Điều 15, Điều 17`, { configurable: true, confirmed: false }),
  ],
  supplementNoticeWithin: [
    v(D61, { value: 3, unit: 'working_days' }, `${ND61}, Điều 17`, { confirmed: false }),
    v(D118, { value: 3, unit: 'working_days' }, `${ND118}, Điều 19`),
  ],
  supplementClockOnReturn: [
    v(D61, 'restart', `${ND61}, Điều 17`, { confirmed: false, note: 'Thời hạn tính từ khi nhận đủ hồ sơ hợp lệ.' }),
    v(D118, 'restart', `${ND118}, Điều 19`, { note: 'Thời hạn giải quyết được tính lại từ đầu khi nhận đủ hồ sơ.' }),
  ],
  supplementCloseAfter: [
    v(D118, { value: 15, unit: 'days' }, `${ND118}, Điều 19`, {
      configurable: true,
      note: 'Quá thời hạn mà không bổ sung thì Bộ phận Một cửa kết thúc hồ sơ; trước 01/7/2025 không có quy định này.',
    }),
  ],
  onlineAlertWithin: [v(D118, { value: 2, unit: 'hours' }, `${ND118}, Điều 15, Điều 17`, { configurable: true, confirmed: false })],
  onlineAcceptanceWithin: [
    v(D118, { value: 8, unit: 'working_hours' }, `${ND118}, Điều 15, Điều 17`, { configurable: true, confirmed: false }),
  ],
  paperTransferCutoff: [
    v(D61, { after: '15:00' }, `${ND61}, Điều 16`, { configurable: true, confirmed: false }),
    v(D118, { after: '15:00' }, `${ND118}, Điều 18`, { configurable: true }),
  ],
  otherLevelPaperTransferWithin: [v(D118, { value: 1, unit: 'working_days' }, `${ND118}, Điều 18`, { confirmed: false })],
  apologyLimit: [
    v(D61, { max: 1 }, `${ND61}, Điều 17`, { configurable: true, confirmed: false }),
    v(D118, { max: 1 }, `${ND118}, Điều 19; Thông tư 03/2025/TT-VPCP (mẫu văn bản xin lỗi và đề nghị gia hạn)`, {
      configurable: true,
      confirmed: false,
    }),
  ],
  apologyNoticeBefore: [
    v(D61, { value: 1, unit: 'working_days' }, `${ND61}, Điều 17`, { confirmed: false }),
    v(D118, { value: 1, unit: 'working_days' }, `${ND118}, Điều 19`, { confirmed: false }),
  ],
  financialObligationPausesClock: [
    v(D61, true, 'Pháp luật chuyên ngành (ví dụ đất đai: thời gian thực hiện nghĩa vụ tài chính không tính vào thời gian giải quyết)', {
      configurable: true,
      confirmed: false,
    }),
  ],
  resultCorrectionWithin: [v(D118, { value: 3, unit: 'working_days' }, `${ND118}, Điều 22`, { confirmed: false })],
  dossierCodeSequenceDigits: [
    v('2025-09-15', { min: 4 }, `${ND118}, Điều 28; Thông tư 03/2025/TT-VPCP, Điều 13; Thông tư 04/2025/TT-VPCP`, {
      configurable: true,
      note: 'Số thứ tự trong ngày ít nhất 4 chữ số, dài hơn khi số lượng hồ sơ cần.',
    }),
  ],
};

/** The Vietnam calendar date of a 'YYYY-MM-DD' date or an ISO instant with offset. */
export function legalDateOf(dateOrInstant: string): string {
  if (dateOrInstant.length === 10) {
    parseDate(dateOrInstant);
    return dateOrInstant;
  }
  return localDateOf(parseInstant(dateOrInstant));
}

/** The version of a rule in force on a date (or at an instant), or undefined before the rule existed. */
export function ruleAt<N extends LegalRuleName>(
  name: N,
  date: string,
  table: LegalRuleTable = legalRules,
): LegalRuleVersion<LegalRuleValues[N]> | undefined {
  const day = legalDateOf(date);
  let found: LegalRuleVersion<LegalRuleValues[N]> | undefined;
  for (const version of table[name]) {
    if (version.effectiveFrom <= day && (!found || version.effectiveFrom >= found.effectiveFrom)) found = version;
  }
  return found;
}

/** Problems in a rule table, e.g. a province's own: unparsable dates, two versions on one day. */
export function validateLegalRuleTable(table: LegalRuleTable): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(legalRuleLabels) as LegalRuleName[]) {
    const versions = table[name] as readonly LegalRuleVersion<unknown>[] | undefined;
    if (!versions || versions.length === 0) {
      problems.push(`${name}: no version`);
      continue;
    }
    const seen = new Set<string>();
    for (const version of versions) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(version.effectiveFrom)) problems.push(`${name}: invalid date ${version.effectiveFrom}`);
      if (seen.has(version.effectiveFrom)) problems.push(`${name}: two versions from ${version.effectiveFrom}`);
      if (version.citation.trim() === '') problems.push(`${name}: missing citation`);
      seen.add(version.effectiveFrom);
    }
  }
  return problems;
}
