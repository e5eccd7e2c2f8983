import { describe, expect, it } from 'vitest';
import { civilDate, idSchema, instantInput } from './common.ts';

describe('the shared date and id schemas', () => {
  it('accept real days from 1900 to 2199 only', () => {
    const ok = (s: string) => civilDate.safeParse(s).success;
    expect(['1900-01-01', '1995-06-30', '2024-02-29', '2199-12-31'].map(ok)).toEqual([true, true, true, true]);
    expect(['1899-12-31', '2200-01-01', '0001-01-01', '9999-12-31', '2026-02-30', '2025-02-29', '2026-13-01'].map(ok)).toEqual([false, false, false, false, false, false, false]);
  });

  it('accept instants with an offset between 1900 and 2199 only', () => {
    const ok = (s: string) => instantInput.safeParse(s).success;
    expect(['2026-04-24T09:00:00+07:00', '2026-04-24T02:00:00.123Z', '1990-01-01T00:00Z'].map(ok)).toEqual([true, true, true]);
    expect(['0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-02-30T09:00:00Z', '2026-04-24T25:00:00Z', '2026-04-24T09:00:00'].map(ok)).toEqual([false, false, false, false, false]);
  });

  it('refuse control characters in ids', () => {
    expect(idSchema.safeParse('abc').success).toBe(true);
    expect(idSchema.safeParse('a\u0000b').success).toBe(false);
    expect(idSchema.safeParse('a\nb').success).toBe(false);
  });
});

describe('one problem per malformed date', () => {
  it('reports the format alone when the format is wrong', () => {
    expect(civilDate.safeParse('24/04/2026').error?.issues.map((i) => i.message)).toEqual(['Ngày theo định dạng YYYY-MM-DD']);
    expect(instantInput.safeParse('2026-04-24 09:00').error?.issues).toHaveLength(1);
  });
});
