/**
 * Special days of the civil-service calendar, as published each year by the Government
 * (rules.md §3). Holidays are data with the document that decided them, never literals in code.
 */

export const calendarDayKinds = [
  'public_holiday',
  'substitute_day_off',
  'swapped_day_off',
  'provincial_day_off',
  'makeup_working_day',
] as const;
export type CalendarDayKind = (typeof calendarDayKinds)[number];

export const dayOffKinds: readonly CalendarDayKind[] = [
  'public_holiday',
  'substitute_day_off',
  'swapped_day_off',
  'provincial_day_off',
];

export interface CalendarDay {
  /** 'YYYY-MM-DD', Vietnam calendar date. */
  date: string;
  kind: CalendarDayKind;
  /** Vietnamese name shown to officers and applicants. */
  name: string;
  /** Number of the document that decided this day, e.g. 'CV 8726/VPCP-KGVX'. */
  source: string;
  /** True for a suggestion derived from the law that no document has confirmed yet. */
  draft?: boolean;
}

export interface CalendarSource {
  number: string;
  issuedOn: string;
  title: string;
}

export const SOURCE_2025 = 'CV 8726/VPCP-KGVX';
export const SOURCE_2026 = 'CV 9859/VPCP-KGVX; TB 9441/TB-BNV';

export const officialCalendarSources: readonly CalendarSource[] = [
  {
    number: 'CV 8726/VPCP-KGVX',
    issuedOn: '2024-11-26',
    title: 'Văn phòng Chính phủ: lịch nghỉ Tết Âm lịch, Giỗ Tổ Hùng Vương, 30/4, 1/5 và Quốc khánh năm 2025',
  },
  {
    number: 'CV 9859/VPCP-KGVX',
    issuedOn: '2025-10-13',
    title: 'Văn phòng Chính phủ: lịch nghỉ lễ, Tết năm 2026 của cán bộ, công chức, viên chức',
  },
  {
    number: 'TB 9441/TB-BNV',
    issuedOn: '2025-10-16',
    title: 'Bộ Nội vụ: thông báo lịch nghỉ lễ, Tết năm 2026',
  },
];

type DayTuple = readonly [date: string, kind: CalendarDayKind, name: string];

function withSource(source: string, days: readonly DayTuple[]): CalendarDay[] {
  return days.map(([date, kind, name]) => ({ date, kind, name, source }));
}

// Weekends inside a holiday break need no entry: they are days off already. Tết 2025 needed
// no swap because the five statutory days (Mon 27/1 – Fri 31/1) filled the weekdays exactly.
export const officialCalendarDays2025: readonly CalendarDay[] = withSource(SOURCE_2025, [
  ['2025-01-01', 'public_holiday', 'Tết Dương lịch'],
  ['2025-01-27', 'public_holiday', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)'],
  ['2025-01-28', 'public_holiday', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp, giao thừa)'],
  ['2025-01-29', 'public_holiday', 'Tết Nguyên đán Ất Tỵ (mùng 1)'],
  ['2025-01-30', 'public_holiday', 'Tết Nguyên đán Ất Tỵ (mùng 2)'],
  ['2025-01-31', 'public_holiday', 'Tết Nguyên đán Ất Tỵ (mùng 3)'],
  ['2025-04-07', 'public_holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2025-04-26', 'makeup_working_day', 'Làm bù cho ngày nghỉ thứ Sáu 02/5/2025'],
  ['2025-04-30', 'public_holiday', 'Ngày Chiến thắng (30/4)'],
  ['2025-05-01', 'public_holiday', 'Ngày Quốc tế Lao động (1/5)'],
  ['2025-05-02', 'swapped_day_off', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)'],
  ['2025-09-01', 'public_holiday', 'Quốc khánh (ngày liền kề 1/9)'],
  ['2025-09-02', 'public_holiday', 'Quốc khánh (2/9)'],
]);

export const officialCalendarDays2026: readonly CalendarDay[] = withSource(SOURCE_2026, [
  ['2026-01-01', 'public_holiday', 'Tết Dương lịch'],
  ['2026-02-16', 'public_holiday', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp, giao thừa)'],
  ['2026-02-17', 'public_holiday', 'Tết Nguyên đán Bính Ngọ (mùng 1)'],
  ['2026-02-18', 'public_holiday', 'Tết Nguyên đán Bính Ngọ (mùng 2)'],
  ['2026-02-19', 'public_holiday', 'Tết Nguyên đán Bính Ngọ (mùng 3)'],
  ['2026-02-20', 'public_holiday', 'Tết Nguyên đán Bính Ngọ (mùng 4)'],
  ['2026-04-26', 'public_holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch, trùng Chủ nhật)'],
  ['2026-04-27', 'substitute_day_off', 'Nghỉ bù Giỗ Tổ Hùng Vương'],
  ['2026-04-30', 'public_holiday', 'Ngày Chiến thắng (30/4)'],
  ['2026-05-01', 'public_holiday', 'Ngày Quốc tế Lao động (1/5)'],
  ['2026-08-22', 'makeup_working_day', 'Làm bù cho ngày nghỉ thứ Hai 31/8/2026'],
  ['2026-08-31', 'swapped_day_off', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)'],
  ['2026-09-01', 'public_holiday', 'Quốc khánh (ngày liền kề 1/9)'],
  ['2026-09-02', 'public_holiday', 'Quốc khánh (2/9)'],
]);

/** Every officially decided special day we ship as seed data, oldest first. */
export const officialCalendarDays: readonly CalendarDay[] = [...officialCalendarDays2025, ...officialCalendarDays2026];
