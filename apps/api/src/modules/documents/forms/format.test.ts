import { describe, expect, it } from 'vitest';
import { formatCount, formatDateOf, formatDateTimeShort, formatLocalDate, formatTimeVi, placeAndDate, timelinessLabels } from './format.ts';

describe('form formatting (Asia/Ho_Chi_Minh)', () => {
  it('prints instants in Vietnam time', () => {
    expect(formatTimeVi('2026-11-23T08:30:00Z')).toBe('15 giờ 30 phút, ngày 23/11/2026');
    expect(formatTimeVi('2026-11-23T20:05:00Z')).toBe('03 giờ 05 phút, ngày 24/11/2026');
    expect(formatTimeVi('2026-12-31T17:00:00Z')).toBe('00 giờ 00 phút, ngày 01/01/2027');
    expect(formatDateOf('2026-02-28T18:00:00+00:00')).toBe('01/03/2026');
    expect(formatDateTimeShort('2026-11-23T08:30:00.000Z')).toBe('23/11/2026 15:30');
    expect(formatLocalDate('2026-11-01')).toBe('01/11/2026');
    expect(() => formatTimeVi('not a date')).toThrow(RangeError);
  });

  it('writes the place and date line as Decree 30 does (leading zero for days below 10 and months 1 and 2)', () => {
    expect(placeAndDate('Quảng Ngãi', '2026-11-23T08:30:00Z')).toBe('Quảng Ngãi, ngày 23 tháng 11 năm 2026');
    expect(placeAndDate('Quảng Ngãi', '2026-03-05T01:00:00Z')).toBe('Quảng Ngãi, ngày 05 tháng 3 năm 2026');
    expect(placeAndDate('Huế', '2026-01-31T18:00:00Z')).toBe('Huế, ngày 01 tháng 02 năm 2026');
  });

  it('prints counts with two digits and the timeliness labels', () => {
    expect([0, 1, 9, 10, 125].map(formatCount)).toEqual(['00', '01', '09', '10', '125']);
    expect(timelinessLabels).toEqual({ early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' });
  });
});
