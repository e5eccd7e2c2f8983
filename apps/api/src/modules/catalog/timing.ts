import { createWorkingCalendar, localDateOf, officialCalendarDays, publicationTiming, type TimingFlags } from '@motcua/shared';
import type { DecisionRow } from './decisions.queries.ts';

/** Working days of the official schedules (rules.md §3) for publication deadlines. */
const calendar = createWorkingCalendar({ days: officialCalendarDays });

export const localDate = (instant: string) => localDateOf(Date.parse(instant));

export function timingOf(d: Pick<DecisionRow, 'issuer_level' | 'signed_on' | 'legal_basis_effective_on' | 'issued_at'>, now: string): TimingFlags {
  return publicationTiming(calendar, {
    issuerLevel: d.issuer_level as 'province' | 'ministry',
    signedOn: d.signed_on,
    legalBasisEffectiveOn: d.legal_basis_effective_on,
    publishedOn: d.issued_at ? localDate(d.issued_at) : null,
    today: localDate(now),
  });
}
