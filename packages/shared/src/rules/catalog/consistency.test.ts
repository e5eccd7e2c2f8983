import { describe, expect, it } from 'vitest';
import { checkProcedureRecord, type CheckableRecord } from './consistency.ts';

const complete: CheckableRecord = {
  code: '1.000894',
  name: 'Đăng ký kết hôn',
  sector: { code: 'ho-tich', name: 'Hộ tịch' },
  levels: ['commune'],
  subjects: ['citizen'],
  agencies: { competent: 'UBND cấp xã', implementing: null },
  steps: 'Nộp hồ sơ, nhận kết quả',
  results: [{ name: 'Giấy chứng nhận kết hôn' }],
  legalBasis: [{ title: 'Luật Hộ tịch' }],
  onlineLevel: 'none',
  postal: false,
  variants: [{
    name: 'Chung',
    timeLimit: { value: 1, unit: 'working_days' },
    channels: [{ channel: 'in_person', timeLimit: null }],
    fees: [{ channel: 'in_person' }],
    documents: [{ name: 'Tờ khai', group: 'submit', originals: 1, copies: 0, required: true }],
    eForm: null,
  }],
};
const variant = complete.variants[0]!;
const components = (r: CheckableRecord, mandatory = true) => checkProcedureRecord(r).missing.filter((m) => m.mandatory === mandatory).map((m) => m.component);

describe('consistency check before publication', () => {
  it('finds nothing missing in a complete record', () => {
    expect(checkProcedureRecord(complete)).toEqual({ complete: true, missing: [] });
  });

  it.each<[string, Partial<CheckableRecord>, string[]]>([
    ['name', { name: ' ' }, ['name']],
    ['steps', { steps: null }, ['steps']],
    ['subjects', { subjects: [] }, ['subjects']],
    ['implementing agency', { agencies: { competent: null, implementing: '' } }, ['implementingAgency']],
    ['legal basis', { legalBasis: [] }, ['legalBasis']],
    ['levels', { levels: [] }, ['levels']],
    ['variants', { variants: [] }, ['variants']],
    ['channels', { variants: [{ ...variant, channels: [] }] }, ['channels']],
    ['time limit', { variants: [{ ...variant, timeLimit: null }] }, ['timeLimit']],
    ['documents', { variants: [{ ...variant, documents: [] }] }, ['documents']],
    ['document quantity', { variants: [{ ...variant, documents: [{ name: 'Tờ khai', group: 'submit', originals: 0, copies: 0, required: true }] }] }, ['documentQuantity']],
  ])('reports a missing %s as mandatory', (_label, patch, expected) => {
    const r = { ...complete, ...patch };
    expect(components(r)).toEqual(expected);
    expect(checkProcedureRecord(r).complete).toBe(false);
  });

  it('accepts a time limit given on every channel instead of the variant', () => {
    expect(checkProcedureRecord({ ...complete, variants: [{ ...variant, timeLimit: null, channels: [{ channel: 'in_person', timeLimit: { value: 2, unit: 'days' } }] }] }).complete).toBe(true);
  });

  it('lists "where applicable" components without making the record incomplete', () => {
    const r: CheckableRecord = { ...complete, results: [], onlineLevel: 'partial', postal: true, variants: [{ ...variant, fees: [] }] };
    expect(components(r, false)).toEqual(['result', 'fees', 'onlineChannel', 'eForm', 'postalChannel']);
    expect(checkProcedureRecord(r).complete).toBe(true);
  });

  it('ignores an optional note row with no quantity', () => {
    const r = { ...complete, variants: [{ ...variant, documents: [...variant.documents, { name: 'Ghi chú', group: 'submit', originals: 0, copies: 0, required: false }] }] };
    expect(checkProcedureRecord(r).missing).toEqual([]);
  });
});
