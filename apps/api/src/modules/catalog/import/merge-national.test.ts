import { describe, expect, it } from 'vitest';
import type { ProcedureRecord, VariantRecord } from '../procedure-record.ts';
import { mergeNational, withStableKeys } from './merge-national.ts';

const variant = (key: string, name: string, extra: Partial<VariantRecord> = {}): VariantRecord => ({
  key, name, timeLimit: { value: 5, unit: 'working_days' }, timeLimitNote: null, channels: [], fees: [], documents: [], eForm: null, ...extra,
});
const record = (variants: VariantRecord[], extra: Partial<ProcedureRecord> = {}): ProcedureRecord => ({
  code: '1.000001', name: 'Cấp giấy phép', kind: null, sector: { code: 'x', name: 'X' }, levels: ['province'], subjects: ['citizen'],
  agencies: { competent: null, implementing: null, authorised: null, coordinating: null, receivingAddress: null }, steps: 'Bước 1', conditions: null,
  results: [], legalBasis: [], related: [], interAgency: false, onlineLevel: 'none', postal: false, onTheSpot: false, ownerUnitId: null, variants, ...extra,
});
const keysOf = (r: ProcedureRecord) => r.variants.map((v) => [v.key, v.name]);

describe('matching the variants of a new national record to the keys they had', () => {
  it('matches by name whatever the position, ignoring case, accents and punctuation', () => {
    const previous = [variant('a1', 'Trường hợp cấp mới'), variant('b2', 'Trường hợp cấp lại')];
    const incoming = record([variant('v1', 'Trường hợp gia hạn'), variant('v2', 'TRUONG HOP CAP LAI.'), variant('v3', 'Trường hợp cấp mới')]);
    const keyed = withStableKeys(incoming, previous);
    expect(keyed.variants[1]!.key).toBe('b2');
    expect(keyed.variants[2]!.key).toBe('a1');
    expect(keyed.variants[0]!.key).toBe('v1');
  });

  it('falls back to the position for a renamed variant, and never reuses a key still held by another variant', () => {
    const previous = [variant('v1', 'Cấp mới'), variant('v2', 'Cấp lại')];
    const keyed = withStableKeys(record([variant('v1', 'Cấp mới (sửa tên)'), variant('v2', 'Gia hạn'), variant('v3', 'Cấp lại')]), previous);
    expect(keyOf(keyed, 'Cấp mới (sửa tên)')).toBe('v1');
    expect(keyOf(keyed, 'Cấp lại')).toBe('v2');
    expect(keyOf(keyed, 'Gia hạn')).not.toMatch(/^v[12]$/);
    expect(keyOf(keyed, 'Gia hạn')).not.toBe('v3');
  });
});
const keyOf = (r: ProcedureRecord, name: string) => r.variants.find((v) => v.name === name)!.key;

describe('the three-way merge of a national record with the province version', () => {
  const base = record([variant('v1', 'Cấp mới'), variant('v2', 'Cấp lại')]);

  it('keeps a variant only the province added, drops one the national record removed that the province left alone', () => {
    const ours = record([...base.variants, variant('p1', 'Trường hợp của tỉnh')]);
    const theirs = record([variant('v1', 'Cấp mới')]);
    const merged = mergeNational(base, ours, theirs);
    expect(keysOf(merged.record)).toEqual([['v1', 'Cấp mới'], ['p1', 'Trường hợp của tỉnh']]);
    expect(merged.conflicts).toEqual([]);
    expect(merged.kept).toEqual(['variants[Trường hợp của tỉnh]']);
  });

  it('keeps, with a conflict, a variant the national record removed after the province changed it', () => {
    const ours = record([base.variants[0]!, { ...base.variants[1]!, timeLimitNote: 'Tỉnh rút ngắn còn 3 ngày' }]);
    const merged = mergeNational(base, ours, record([variant('v1', 'Cấp mới')]));
    expect(keysOf(merged.record)).toEqual([['v1', 'Cấp mới'], ['v2', 'Cấp lại']]);
    expect(merged.conflicts.map((c) => [c.path, c.theirs])).toEqual([['variants[Cấp lại]', null]]);
  });

  it('without a national base, takes national values only where the province has none and flags the rest', () => {
    const ours = record([variant('v1', 'Cấp mới')], { steps: 'Của tỉnh', conditions: null });
    const theirs = record([variant('v1', 'Cấp mới')], { steps: 'Quốc gia', conditions: 'Điều kiện quốc gia' });
    const merged = mergeNational(null, ours, theirs);
    expect(merged.record).toMatchObject({ steps: 'Của tỉnh', conditions: 'Điều kiện quốc gia' });
    expect(merged.conflicts).toEqual([{ path: 'steps', ours: 'Của tỉnh', theirs: 'Quốc gia' }]);
  });
});
