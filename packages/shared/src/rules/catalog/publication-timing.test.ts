import { describe, expect, it } from 'vitest';
import { officialCalendarDays } from '../calendar/calendar-data.ts';
import { createWorkingCalendar } from '../calendar/working-calendar.ts';
import { publicationTiming, workingDaysAfter, workingDaysBefore } from './publication-timing.ts';

const calendar = createWorkingCalendar({ days: officialCalendarDays });

describe('publication timing (rules.md §1)', () => {
  it.each([
    // Plain weeks.
    ['2026-06-15', '2026-06-08'],
    // Tết 2026 (14–22/2) does not count.
    ['2026-03-02', '2026-02-23'],
    ['2026-02-25', '2026-02-11'],
    // 30/4–3/5 and the Hùng Kings substitute day Monday 27/4.
    ['2026-05-06', '2026-04-24'],
  ])('counts 5 working days back from %s to %s', (from, expected) => {
    expect(workingDaysBefore(calendar, from, 5)).toBe(expected);
  });

  it.each([
    ['2026-02-13', '2026-02-27'],
    // National Day: Monday 31/8 swapped, 1–2/9 off.
    ['2026-08-26', '2026-09-07'],
    // The make-up working Saturday 22/8/2026 counts.
    ['2026-08-20', '2026-08-26'],
  ])('counts 5 working days on from %s to %s', (from, expected) => {
    expect(workingDaysAfter(calendar, from, 5)).toBe(expected);
  });

  it('flags a decision signed too late and a publication too slow', () => {
    const base = { issuerLevel: 'province' as const, legalBasisEffectiveOn: '2026-07-01', today: '2026-07-30' };
    expect(publicationTiming(calendar, { ...base, signedOn: '2026-06-24', publishedOn: '2026-07-01' })).toEqual({
      announcementDeadline: '2026-06-24', publicationDeadline: '2026-07-01', announcedLate: false, publishedLate: false,
    });
    expect(publicationTiming(calendar, { ...base, signedOn: '2026-06-25', publishedOn: '2026-07-03' })).toMatchObject({ announcedLate: true, publishedLate: true });
  });

  it('flags an unpublished decision as late once the deadline has passed, and leaves unknown dates unjudged', () => {
    expect(publicationTiming(calendar, { issuerLevel: 'province', signedOn: '2026-07-01', legalBasisEffectiveOn: null, publishedOn: null, today: '2026-07-09' })).toMatchObject({ publishedLate: true, announcedLate: null, announcementDeadline: null });
    expect(publicationTiming(calendar, { issuerLevel: 'province', signedOn: '2026-07-01', legalBasisEffectiveOn: null, publishedOn: null, today: '2026-07-08' }).publishedLate).toBeNull();
    expect(publicationTiming(calendar, { issuerLevel: 'ministry', signedOn: null, legalBasisEffectiveOn: null, publishedOn: '2026-07-01', today: '2026-07-09' })).toEqual({
      announcementDeadline: null, publicationDeadline: null, announcedLate: null, publishedLate: null,
    });
  });

  it('gives ministries 20 working days before and 10 after', () => {
    const t = publicationTiming(calendar, { issuerLevel: 'ministry', signedOn: '2026-06-01', legalBasisEffectiveOn: '2026-07-01', publishedOn: '2026-06-15', today: '2026-07-01' });
    expect(t).toEqual({ announcementDeadline: '2026-06-03', publicationDeadline: '2026-06-15', announcedLate: false, publishedLate: false });
  });
});
