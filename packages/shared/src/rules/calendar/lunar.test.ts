import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberToYmd, ymdToDayNumber } from './civil-date.ts';
import { hungKingsDate, leapMonthOf, lunarToSolar, solarToLunar, tetDate, tetEveDate } from './lunar.ts';

// Published Vietnamese Tết (mùng 1 tháng Giêng) dates; they agree with Hồ Ngọc Đức's tables.
const tetByYear: Record<number, string> = {
  1985: '1985-01-21', 1990: '1990-01-27', 1991: '1991-02-15', 1992: '1992-02-04', 1993: '1993-01-23',
  1994: '1994-02-10', 1995: '1995-01-31', 1996: '1996-02-19', 1997: '1997-02-07', 1998: '1998-01-28',
  1999: '1999-02-16', 2000: '2000-02-05', 2001: '2001-01-24', 2002: '2002-02-12', 2003: '2003-02-01',
  2004: '2004-01-22', 2005: '2005-02-09', 2006: '2006-01-29', 2007: '2007-02-17', 2008: '2008-02-07',
  2009: '2009-01-26', 2010: '2010-02-14', 2011: '2011-02-03', 2012: '2012-01-23', 2013: '2013-02-10',
  2014: '2014-01-31', 2015: '2015-02-19', 2016: '2016-02-08', 2017: '2017-01-28', 2018: '2018-02-16',
  2019: '2019-02-05', 2020: '2020-01-25', 2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22',
  2024: '2024-02-10', 2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26',
  2029: '2029-02-13', 2030: '2030-02-02', 2031: '2031-01-23', 2032: '2032-02-11', 2033: '2033-01-31',
  2034: '2034-02-19', 2035: '2035-02-08', 2036: '2036-01-28', 2037: '2037-02-15', 2038: '2038-02-04',
  2039: '2039-01-24', 2040: '2040-02-12', 2053: '2053-02-18',
};

describe('tetDate (Vietnamese calendar, UTC+7)', () => {
  it.each(Object.entries(tetByYear))('Tết %s is %s', (year, expected) => {
    expect(tetDate(Number(year))).toBe(expected);
  });

  // The years where the UTC+8 Chinese calendar puts the new year on another day.
  it.each([
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
    [2053, '2053-02-18', '2053-02-19'],
  ])('%i differs from the Chinese calendar: %s vs %s', (year, vietnam, china) => {
    expect(tetDate(year)).toBe(vietnam);
    expect(tetDate(year, 8)).toBe(china);
  });

  it('gives the eve (giao thừa) as the day before Tết', () => {
    expect(tetEveDate(2026)).toBe('2026-02-16');
    expect(tetEveDate(2025)).toBe('2025-01-28');
  });
});

describe('hungKingsDate (10/3 lunar)', () => {
  it.each([
    [2018, '2018-04-25'],
    [2019, '2019-04-14'],
    [2021, '2021-04-21'],
    [2022, '2022-04-10'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('%i -> %s', (year, expected) => {
    expect(hungKingsDate(year)).toBe(expected);
  });
});

describe('solarToLunar / lunarToSolar', () => {
  it.each([
    [{ year: 2026, month: 2, day: 16 }, { year: 2025, month: 12, day: 29, leap: false }],
    [{ year: 2025, month: 8, day: 10 }, { year: 2025, month: 6, day: 17, leap: true }],
    [{ year: 2025, month: 7, day: 24 }, { year: 2025, month: 6, day: 30, leap: false }],
    [{ year: 2004, month: 4, day: 18 }, { year: 2004, month: 2, day: 29, leap: true }],
    [{ year: 1963, month: 6, day: 14 }, { year: 1963, month: 4, day: 23, leap: true }],
    [{ year: 2008, month: 1, day: 6 }, { year: 2007, month: 11, day: 28, leap: false }],
    [{ year: 2000, month: 1, day: 1 }, { year: 1999, month: 11, day: 25, leap: false }],
    // The original algorithm returned day 0 on these two days: its new-moon estimate was one too high.
    [{ year: 2054, month: 5, day: 7 }, { year: 2054, month: 3, day: 30, leap: false }],
    [{ year: 2062, month: 4, day: 9 }, { year: 2062, month: 2, day: 30, leap: false }],
  ])('%o is lunar %o', (solar, lunar) => {
    expect(solarToLunar(solar)).toEqual(lunar);
    expect(lunarToSolar(lunar)).toEqual(solar);
  });

  it.each([
    [2004, 2], [2006, 7], [2009, 5], [2012, 4], [2014, 9], [2017, 6], [2020, 4], [2023, 2], [2025, 6],
    [2026, null], [2033, 11],
  ])('lunar year %i has leap month %s', (year, month) => {
    expect(leapMonthOf(year)).toBe(month);
  });

  it('rejects a leap month the year does not have and a 30th day of a 29-day month', () => {
    expect(() => lunarToSolar({ year: 2026, month: 3, day: 1, leap: true })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).not.toThrow();
    expect(() => lunarToSolar({ year: 2025, month: 12, day: 30, leap: false })).toThrow(RangeError);
    expect(() => solarToLunar({ year: 2025, month: 2, day: 29 })).toThrow(RangeError);
  });
});

const dayNumbers1900to2100 = fc.integer({
  min: ymdToDayNumber({ year: 1900, month: 1, day: 1 }),
  max: ymdToDayNumber({ year: 2100, month: 12, day: 31 }),
});

describe('lunar calendar properties, 1900–2100', () => {
  it('lunarToSolar(solarToLunar(d)) == d', () => {
    fc.assert(
      fc.property(dayNumbers1900to2100, (n) => {
        const solar = dayNumberToYmd(n);
        expect(lunarToSolar(solarToLunar(solar))).toEqual(solar);
      }),
      { numRuns: 3000 },
    );
  });

  it('the next solar day is the next lunar day or the 1st of a month of 29 or 30 days', () => {
    fc.assert(
      fc.property(dayNumbers1900to2100, (n) => {
        const today = solarToLunar(dayNumberToYmd(n));
        const tomorrow = solarToLunar(dayNumberToYmd(n + 1));
        if (tomorrow.day === 1) expect([29, 30]).toContain(today.day);
        else expect(tomorrow).toEqual({ ...today, day: today.day + 1 });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('lunar calendar, every day 1900–2100', () => {
  it('round-trips and advances one lunar day per solar day', () => {
    const first = ymdToDayNumber({ year: 1900, month: 1, day: 1 });
    const last = ymdToDayNumber({ year: 2100, month: 12, day: 31 });
    const failures: string[] = [];
    let previous = solarToLunar(dayNumberToYmd(first));
    for (let n = first + 1; n <= last; n++) {
      const solar = dayNumberToYmd(n);
      const lunar = solarToLunar(solar);
      const next = lunar.day === 1 ? previous.day >= 29 : lunar.day === previous.day + 1 && lunar.month === previous.month;
      if (!next || JSON.stringify(lunarToSolar(lunar)) !== JSON.stringify(solar)) failures.push(JSON.stringify(solar));
      previous = lunar;
    }
    expect(failures).toEqual([]);
  });
});
