import { describe, expect, it } from 'vitest';
import type { LegalRuleName, LegalRuleTable } from './legal-rules.ts';
import { legalDateOf, legalRuleLabels, legalRules, ruleAt, validateLegalRuleTable } from './legal-rules.ts';

const names = Object.keys(legalRuleLabels) as LegalRuleName[];

describe('legal rules as dated configuration', () => {
  it('gives every rule at least one dated version with a citation, and the table is valid', () => {
    expect(names.sort()).toEqual(Object.keys(legalRules).sort());
    for (const name of names) {
      for (const version of legalRules[name]) {
        expect(version.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(version.citation).toMatch(/Nghị định|Thông tư|Pháp luật/);
      }
    }
    expect(validateLegalRuleTable(legalRules)).toEqual([]);
  });

  it.each<[LegalRuleName, string, string | undefined]>([
    ['paperTransferCutoff', '2025-06-30', 'Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP), Điều 16'],
    ['paperTransferCutoff', '2025-07-01', 'Nghị định 118/2025/NĐ-CP, Điều 18'],
    ['supplementCloseAfter', '2025-06-30', undefined],
    ['supplementCloseAfter', '2025-07-01', 'Nghị định 118/2025/NĐ-CP, Điều 19'],
    ['supplementNoticeWithin', '2026-04-24', 'Nghị định 118/2025/NĐ-CP, Điều 19'],
    ['paperTransferCutoff', '2018-06-20', undefined],
  ])('%s on %s is cited as %s', (name, date, citation) => {
    expect(ruleAt(name, date)?.citation).toBe(citation);
  });

  it('reads an instant on the Vietnam calendar day', () => {
    expect(legalDateOf('2025-06-30T17:30:00Z')).toBe('2025-07-01');
    expect(ruleAt('paperTransferCutoff', '2025-06-30T17:30:00Z')?.effectiveFrom).toBe('2025-07-01');
    expect(ruleAt('paperTransferCutoff', '2025-06-30T16:59:59Z')?.effectiveFrom).toBe('2018-06-21');
  });

  it.each<[LegalRuleName, unknown]>([
    ['supplementRequestLimit', { max: 1, beyondMax: 'allow_and_flag_late' }],
    ['supplementNoticeWithin', { value: 3, unit: 'working_days' }],
    ['supplementClockOnReturn', 'restart'],
    ['supplementCloseAfter', { value: 15, unit: 'days' }],
    ['onlineAlertWithin', { value: 2, unit: 'hours' }],
    ['onlineAcceptanceWithin', { value: 8, unit: 'working_hours' }],
    ['onlineCorrectionRounds', { max: 1, beyondMax: 'allow_and_flag' }],
    ['paperTransferCutoff', { after: '15:00' }],
    ['otherLevelPaperTransferWithin', { value: 1, unit: 'working_days' }],
    ['apologyLimit', { max: 1 }],
    ['apologyNoticeBefore', { value: 1, unit: 'working_days' }],
    ['resultCorrectionWithin', { value: 3, unit: 'working_days' }],
    ['dossierCodeSequenceDigits', { min: 4 }],
  ])('%s is %j today', (name, value) => {
    expect(ruleAt(name, '2026-04-24')?.value).toEqual(value);
  });

  it('marks as configurable exactly what rules.md marks configurable', () => {
    const configurable = names.filter((n) => ruleAt(n, '2026-04-24')?.configurable);
    expect(configurable.sort()).toEqual(
      [
        'apologyLimit', 'dossierCodeSequenceDigits', 'financialObligationPausesClock', 'onlineAcceptanceWithin', 'onlineAlertWithin',
        'onlineCorrectionRounds', 'paperTransferCutoff', 'supplementCloseAfter',
      ].sort(),
    );
  });

  it('finds problems in a province table', () => {
    const broken = {
      ...legalRules,
      apologyLimit: [],
      paperTransferCutoff: [
        { effectiveFrom: '2026-01-01', value: { after: '16:00' }, citation: 'QĐ tỉnh', configurable: true, confirmed: true },
        { effectiveFrom: '2026-01-01', value: { after: '16:30' }, citation: ' ', configurable: true, confirmed: true },
      ],
    } satisfies LegalRuleTable;
    expect(validateLegalRuleTable(broken)).toEqual([
      'paperTransferCutoff: two versions from 2026-01-01',
      'paperTransferCutoff: missing citation',
      'apologyLimit: no version',
    ]);
  });
});
