/**
 * Publication timing of a decision (rules.md §1, service index 1.1–1.2): a province signs the publication
 * decision at least 5 working days before the legal basis takes effect, and publishes the procedures in
 * the national database within 5 working days after signing (ministries: 20 and 10).
 */
import { addDays } from '../calendar/civil-date.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';

export const publicationRules = {
  province: { announceBeforeWorkingDays: 5, publishWithinWorkingDays: 5 },
  ministry: { announceBeforeWorkingDays: 20, publishWithinWorkingDays: 10 },
} as const;
export const publicationRuleCitation = 'Quyết định 766/QĐ-TTg (chỉ số 1.1–1.3); Nghị định 63/2010/NĐ-CP Điều 15';

/** The date `n` working days before `date` (date itself not counted). */
export function workingDaysBefore(calendar: WorkingCalendar, date: string, n: number): string {
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, -1);
    if (calendar.isWorkingDay(d)) left -= 1;
  }
  return d;
}

/** The date `n` working days after `date` (date itself not counted). */
export function workingDaysAfter(calendar: WorkingCalendar, date: string, n: number): string {
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (calendar.isWorkingDay(d)) left -= 1;
  }
  return d;
}

export interface PublicationTimingInput {
  issuerLevel: 'province' | 'ministry';
  signedOn: string | null;
  legalBasisEffectiveOn: string | null;
  /** Local date (Asia/Ho_Chi_Minh) the procedures were published in the catalog; null while not yet published. */
  publishedOn: string | null;
  /** Today, to flag a publication already overdue before it happens. */
  today: string;
}

export interface PublicationTiming {
  announcementDeadline: string | null;
  publicationDeadline: string | null;
  announcedLate: boolean | null;
  publishedLate: boolean | null;
}

export function publicationTiming(calendar: WorkingCalendar, input: PublicationTimingInput): PublicationTiming {
  const rule = publicationRules[input.issuerLevel];
  const announcementDeadline = input.legalBasisEffectiveOn ? workingDaysBefore(calendar, input.legalBasisEffectiveOn, rule.announceBeforeWorkingDays) : null;
  const publicationDeadline = input.signedOn ? workingDaysAfter(calendar, input.signedOn, rule.publishWithinWorkingDays) : null;
  const announcedLate = announcementDeadline && input.signedOn ? input.signedOn > announcementDeadline : null;
  let publishedLate: boolean | null = null;
  if (publicationDeadline) {
    if (input.publishedOn) publishedLate = input.publishedOn > publicationDeadline;
    else if (input.today > publicationDeadline) publishedLate = true;
  }
  return { announcementDeadline, publicationDeadline, announcedLate, publishedLate };
}
