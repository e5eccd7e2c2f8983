/**
 * The short deadlines of a dossier's life (rules.md §2): online alert and acceptance, paper
 * transfer, supplement notice and closing, apology, result correction. Figures come from the
 * dated legal rules in force at the moment that starts each deadline.
 */
import { MS_PER_DAY, MS_PER_HOUR, formatInstant, localDateOf, localTimeOfDay, parseClock, parseInstant } from '../calendar/civil-date.ts';
import { computeDueAt } from '../calendar/fast-due-date.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { addWorkingTime } from '../calendar/working-time.ts';
import type { LegalRuleTable, RuleDuration } from './legal-rules.ts';
import { legalRules, ruleAt } from './legal-rules.ts';

/**
 * The instant a rule duration runs out from `from`. Working days follow the calendar engine (same
 * time of day on the N-th working day); plain hours and days ignore the calendar.
 */
export function addRuleDuration(from: string, duration: RuleDuration, calendar: WorkingCalendar): string {
  const start = parseInstant(from);
  switch (duration.unit) {
    case 'hours':
      return formatInstant(start + duration.value * MS_PER_HOUR);
    case 'days':
      return formatInstant(start + duration.value * MS_PER_DAY);
    case 'working_hours':
      return formatInstant(addWorkingTime(calendar, start, duration.value * MS_PER_HOUR));
    case 'working_days': {
      const dueAt = computeDueAt(from, { value: duration.value, unit: 'working_days' }, calendar);
      if (dueAt === null) throw new RangeError('A deadline without pauses cannot be paused');
      return dueAt;
    }
  }
}

export interface OnlineDeadlines {
  /** The system alerts an officer of the new online dossier by then. */
  alertBy: string;
  /** The officer accepts it or asks for corrections by then. */
  acceptBy: string;
}

export function onlineDeadlines(registeredAt: string, calendar: WorkingCalendar, rules: LegalRuleTable = legalRules): OnlineDeadlines | undefined {
  const alert = ruleAt('onlineAlertWithin', registeredAt, rules);
  const accept = ruleAt('onlineAcceptanceWithin', registeredAt, rules);
  if (!alert || !accept) return undefined;
  return { alertBy: addRuleDuration(registeredAt, alert.value, calendar), acceptBy: addRuleDuration(registeredAt, accept.value, calendar) };
}

export interface PaperTransferDay {
  /** 'YYYY-MM-DD': the working day the paper dossier moves to the resolving agency. */
  transferOn: string;
  /** False when received after the cut-off, outside working hours or on a day off. */
  sameDay: boolean;
  citation: string;
}

/**
 * Paper dossiers move the same working day, or at the start of the next working day when received
 * after the cut-off (15:00). A dossier received on a day off or after hours moves on the next working day.
 */
export function paperTransferDay(receivedAt: string, calendar: WorkingCalendar, rules: LegalRuleTable = legalRules): PaperTransferDay | undefined {
  const rule = ruleAt('paperTransferCutoff', receivedAt, rules);
  if (!rule) return undefined;
  const ms = parseInstant(receivedAt);
  const date = localDateOf(ms);
  const lastPeriodEnd = Math.max(...calendar.periodsMs.map((p) => p.end));
  const cutoff = Math.min(parseClock(rule.value.after), lastPeriodEnd);
  const sameDay = calendar.isWorkingDay(date) && localTimeOfDay(ms) <= cutoff;
  return { transferOn: sameDay ? date : calendar.nextWorkingDay(date), sameDay, citation: rule.citation };
}

/** By when a dossier found incomplete after appraisal must get its supplement request. */
export function supplementNoticeDueAt(receivedAt: string, calendar: WorkingCalendar, rules: LegalRuleTable = legalRules): string | undefined {
  const rule = ruleAt('supplementNoticeWithin', receivedAt, rules);
  return rule && addRuleDuration(receivedAt, rule.value, calendar);
}

/** From when the desk may close a dossier whose supplement never came. */
export function supplementClosableAt(requestedAt: string, calendar: WorkingCalendar, rules: LegalRuleTable = legalRules): string | undefined {
  const rule = ruleAt('supplementCloseAfter', requestedAt, rules);
  return rule && addRuleDuration(requestedAt, rule.value, calendar);
}

/** Whether an apology with a new date sent now is still at least the required time before the due date. */
export function apologyStillInTime(now: string, dueAt: string, calendar: WorkingCalendar, rules: LegalRuleTable = legalRules): boolean | undefined {
  const rule = ruleAt('apologyNoticeBefore', now, rules);
  if (!rule) return undefined;
  return parseInstant(addRuleDuration(now, rule.value, calendar)) <= parseInstant(dueAt);
}

/** By when a result wrong by the agency's fault must be corrected and returned. */
export function resultCorrectionDueAt(reportedAt: string, calendar: WorkingCalendar, rules: LegalRuleTable = legalRules): string | undefined {
  const rule = ruleAt('resultCorrectionWithin', reportedAt, rules);
  return rule && addRuleDuration(reportedAt, rule.value, calendar);
}
