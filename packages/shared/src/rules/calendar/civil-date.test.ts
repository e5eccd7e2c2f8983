import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonthsClamped,
  formatInstant,
  formatInstantVi,
  localDateOf,
  parseClock,
  parseInstant,
  weekdayOf,
} from './civil-date.ts';

describe('civil dates in Vietnam time (UTC+7)', () => {
  it.each([
    ['2026-04-23T17:00:00Z', '2026-04-24'],
    ['2026-04-23T16:59:59Z', '2026-04-23'],
    ['2026-04-24T00:30:00+07:00', '2026-04-24'],
  ])('%s falls on %s', (instant, date) => {
    expect(localDateOf(parseInstant(instant))).toBe(date);
  });

  it.each([
    ['2025-01-31T10:00+07:00', 1, '2025-02-28T03:00:00.000Z'],
    ['2024-01-31T10:00+07:00', 1, '2024-02-29T03:00:00.000Z'],
    ['2025-10-31T23:30+07:00', 4, '2026-02-28T16:30:00.000Z'],
    ['2025-03-31T00:15+07:00', -1, '2025-02-27T17:15:00.000Z'],
    ['2025-05-15T08:00+07:00', 12, '2026-05-15T01:00:00.000Z'],
  ])('%s plus %i months is %s', (start, months, expected) => {
    expect(formatInstant(addMonthsClamped(parseInstant(start), months))).toBe(expected);
  });

  it.each(['2025-03-10T09:00', '2025-03-10', '10/03/2025 09:00', '2025-02-30T09:00+07:00', '2025-03-10T24:00+07:00'])('rejects instant %s', (text) => {
    expect(() => parseInstant(text)).toThrow(RangeError);
  });

  it('reads and writes the Vietnamese way', () => {
    expect(formatInstantVi(parseInstant('2026-05-04T02:00:00Z'))).toBe('09:00 ngày 04/05/2026');
    expect(weekdayOf('2026-04-26')).toBe(0);
    expect(weekdayOf('2025-04-26')).toBe(6);
    expect(parseClock('13:30')).toBe(13.5 * 3_600_000);
    expect(() => parseClock('25:00')).toThrow(RangeError);
  });
});

describe('parseInstant (hand-written parser)', () => {
  it.each([
    ['2026-04-24T09:00:00+07:00', '2026-04-24T02:00:00.000Z'],
    ['2026-04-24T09:00+07:00', '2026-04-24T02:00:00.000Z'],
    ['2026-04-24T02:00:00Z', '2026-04-24T02:00:00.000Z'],
    ['2026-04-24T02:00:00.5Z', '2026-04-24T02:00:00.500Z'],
    ['2026-04-24T02:00:00.123456789-05:30', '2026-04-24T07:30:00.123Z'],
    ['2024-02-29T23:59:59+07:00', '2024-02-29T16:59:59.000Z'],
  ])('reads %s as %s', (input, utc) => {
    expect(new Date(parseInstant(input)).toISOString()).toBe(utc);
  });

  it.each(['2026-02-30T09:00:00+07:00', '2025-02-29T09:00:00Z', '2026-04-24 09:00:00+07:00', '2026-04-24T24:00:00Z', '2026-04-24T09:00:00', '2026-04-24T09:00:00+0700', '2026-4-24T09:00:00Z', '2026-04-24T09:00:00.Z', '0050-01-01T00:00:00Z', '2026-04-24T09:00:00Zx'])(
    'refuses %s',
    (input) => {
      expect(() => parseInstant(input)).toThrow(RangeError);
    },
  );

  it('agrees with Date.parse on every valid instant', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: -12 * 60, max: 14 * 60 }), (date, offset) => {
        const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(parseInstant(text)).toBe(Date.parse(text));
      }),
    );
  });
});
