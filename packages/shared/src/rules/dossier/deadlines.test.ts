import { describe, expect, it } from 'vitest';
import {
  addRuleDuration,
  apologyStillInTime,
  onlineDeadlines,
  paperTransferDay,
  resultCorrectionDueAt,
  supplementClosableAt,
  supplementNoticeDueAt,
} from './deadlines.ts';
import type { LegalRuleTable } from './legal-rules.ts';
import { legalRules } from './legal-rules.ts';
import { calendar, vn } from './test-support.ts';

describe('paper transfer day (cut-off 15:00)', () => {
  it.each([
    ['Fri 24/04/2026 15:30 moves on Tue 28/04 (27/04 is the Hùng Kings substitute day off)', '2026-04-24T15:30', '2026-04-28', false],
    ['Fri 24/04/2026 14:59 moves the same day', '2026-04-24T14:59', '2026-04-24', true],
    ['exactly 15:00 is not after the cut-off', '2026-04-24T15:00', '2026-04-24', true],
    ['15:00:30 is after it', '2026-04-24T15:00:30', '2026-04-28', false],
    ['before office hours moves the same day', '2026-04-24T07:00', '2026-04-24', true],
    ['a postal dossier logged on Saturday moves on the next working day', '2026-04-25T10:00', '2026-04-28', false],
    ['Wed 29/04/2026 16:00 waits over 30/4–3/5', '2026-04-29T16:00', '2026-05-04', false],
    ['Fri 25/04/2025 15:01 moves on the make-up working Saturday 26/04/2025', '2025-04-25T15:01', '2025-04-26', false],
  ])('%s', (_name, local, transferOn, sameDay) => {
    expect(paperTransferDay(vn(local), calendar)).toMatchObject({ transferOn, sameDay });
  });

  it('cites the law in force on the receipt day', () => {
    expect(paperTransferDay(vn('2025-06-30T10:00'), calendar)?.citation).toContain('61/2018');
    expect(paperTransferDay(vn('2025-07-01T10:00'), calendar)?.citation).toBe('Nghị định 118/2025/NĐ-CP, Điều 18');
  });

  it('follows a province that sets its own cut-off', () => {
    const rules: LegalRuleTable = { ...legalRules, paperTransferCutoff: [{ ...legalRules.paperTransferCutoff[1]!, value: { after: '16:00' } }] };
    expect(paperTransferDay(vn('2026-04-24T15:30'), calendar, rules)).toMatchObject({ transferOn: '2026-04-24', sameDay: true });
  });
});

describe('rule deadlines', () => {
  it('alerts of an online dossier within 2 hours and expects acceptance within 8 working hours', () => {
    // Friday 16:00–17:00 is 1 working hour; Monday 27/4 is the Hùng Kings substitute day off; the other 7 end at 16:00 on Tuesday.
    expect(onlineDeadlines(vn('2026-04-24T16:00'), calendar)).toEqual({ alertBy: vn('2026-04-24T18:00'), acceptBy: vn('2026-04-28T16:00') });
    expect(onlineDeadlines(vn('2025-06-30T16:00'), calendar)).toBeUndefined();
  });

  it('expects a supplement notice within 3 working days of receipt', () => {
    expect(supplementNoticeDueAt(vn('2026-04-22T09:00'), calendar)).toBe(vn('2026-04-28T09:00'));
  });

  it('lets the desk close 15 calendar days after the supplement request', () => {
    expect(supplementClosableAt(vn('2026-04-21T10:00'), calendar)).toBe(vn('2026-05-06T10:00'));
  });

  it('expects a corrected result within 3 working days', () => {
    expect(resultCorrectionDueAt(vn('2026-04-24T10:00'), calendar)).toBe(vn('2026-05-04T10:00'));
  });

  it.each([
    [{ value: 2, unit: 'hours' as const }, '2026-04-24T16:00', '2026-04-24T18:00'],
    [{ value: 1, unit: 'days' as const }, '2026-04-24T16:00', '2026-04-25T16:00'],
    [{ value: 2, unit: 'working_hours' as const }, '2026-04-24T16:00', '2026-04-28T08:30'],
    [{ value: 1, unit: 'working_days' as const }, '2026-04-24T16:00', '2026-04-28T16:00'],
  ])('adds %j to %s', (duration, from, expected) => {
    expect(addRuleDuration(vn(from), duration, calendar)).toBe(vn(expected));
  });

  it('judges an apology in time when at least one working day remains', () => {
    expect(apologyStillInTime(vn('2026-04-29T09:00'), vn('2026-05-04T09:00'), calendar)).toBe(true);
    expect(apologyStillInTime(vn('2026-04-29T09:01'), vn('2026-05-04T09:00'), calendar)).toBe(false);
  });
});
