import { z } from 'zod';
import { civilDate, instantInput } from './common.ts';
import { calendarDayKinds } from '../rules/calendar/calendar-data.ts';
import { clockEventTypes, timeLimitUnits } from '../rules/calendar/deadline-types.ts';
import { TIME_LIMIT_MAX_ANY_UNIT } from './limits.ts';
import { refineTimeLimitMax } from './time-limit-max.ts';
import { WORKING_DAY_LEGAL_BASIS, WORKING_DAY_MINUTES, workingPeriodsMinutes } from '../rules/calendar/working-calendar.ts';

const offsetInstant = instantInput;
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ theo định dạng HH:mm');

export const calendarDayKindSchema = z.enum(calendarDayKinds);
export const timeLimitSchema = z
  .object({
    value: z.number().int('Thời hạn phải là số nguyên').min(1, 'Thời hạn tối thiểu là 1').max(TIME_LIMIT_MAX_ANY_UNIT, `Thời hạn tối đa là ${TIME_LIMIT_MAX_ANY_UNIT.toLocaleString('vi-VN')}`),
    unit: z.enum(timeLimitUnits),
  })
  .superRefine(refineTimeLimitMax);

export const calendarDay = z.object({
  date: civilDate,
  kind: calendarDayKindSchema,
  name: z.string(),
  source: z.string(),
  draft: z.boolean(),
});
export type CalendarDayDto = z.infer<typeof calendarDay>;

export const workingPeriodSchema = z.object({ start: clockTime, end: clockTime });

export const calendarYear = z.object({
  year: z.number().int(),
  days: z.array(calendarDay),
  workingPeriods: z.array(workingPeriodSchema),
  receiptCutoff: clockTime,
  workingDays: z.number().int().describe('number of working days in the year'),
});
export type CalendarYear = z.infer<typeof calendarYear>;

export const yearParams = z.object({ year: z.coerce.number().int().min(1990).max(2100) });
export const dateParams = z.object({ date: civilDate });

export const putCalendarDayBody = z.object({
  kind: calendarDayKindSchema,
  name: z.string().trim().min(2, 'Nhập tên ngày').max(200),
  source: z.string().trim().min(2, 'Nhập số hiệu văn bản quyết định ngày này').max(200),
});
export type PutCalendarDayBody = z.infer<typeof putCalendarDayBody>;

export const calendarSettingsBody = z
  .object({ workingPeriods: z.array(workingPeriodSchema).min(1).max(4), receiptCutoff: clockTime })
  .superRefine((b, ctx) => {
    if (!b.workingPeriods.every((p, i, all) => p.start < p.end && (i === 0 || all[i - 1]!.end <= p.start))) {
      ctx.addIssue({ code: 'custom', path: ['workingPeriods'], message: 'Các buổi làm việc phải theo thứ tự và không chồng lấn' });
      return;
    }
    const minutes = workingPeriodsMinutes(b.workingPeriods);
    if (minutes !== undefined && minutes !== WORKING_DAY_MINUTES) {
      ctx.addIssue({ code: 'custom', path: ['workingPeriods'], message: workingDayTotalMessage(minutes) });
    }
  });
export type CalendarSettingsBody = z.infer<typeof calendarSettingsBody>;

/** '7 giờ 30 phút', '8 giờ'. */
export function formatWorkingMinutesVi(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} giờ` : `${h} giờ ${m} phút`;
}

export function workingDayTotalMessage(minutes: number): string {
  return `Các buổi làm việc cộng lại ${formatWorkingMinutesVi(minutes)}; một ngày làm việc của cán bộ, công chức phải đủ 8 giờ (${WORKING_DAY_LEGAL_BASIS})`;
}

export const clockEventSchema = z.object({
  at: offsetInstant,
  type: z.enum(clockEventTypes),
  until: offsetInstant.optional(),
  reason: z.string().max(500).optional(),
});

export const dueDateBody = z.object({
  receivedAt: offsetInstant,
  timeLimit: timeLimitSchema,
  events: z.array(clockEventSchema).max(100).optional(),
});
export type DueDateBody = z.infer<typeof dueDateBody>;

/** `omitted_days`: one line standing for the days between the first and the last listed ones of a long limit. */
export const timelineEntryTypes = ['start', 'counted_day', 'skipped_day', 'omitted_days', 'pause', 'resume', 'restart', 'extend', 'ignored_event', 'due'] as const;
export const timelineEntry = z.object({
  type: z.enum(timelineEntryTypes),
  /** Vietnam calendar date of the entry. */
  date: civilDate,
  /** Instant with +07:00 offset, for entries that happen at a moment. */
  at: z.string().nullable(),
  label: z.string(),
  index: z.number().int().nullable(),
  kind: calendarDayKindSchema.nullable(),
  source: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntry>;

export const dueDateResponse = z.object({
  dueAt: z.string().nullable().describe('due instant with +07:00 offset; null while the clock is paused'),
  dueAtUtc: z.string().nullable(),
  countingFrom: z.string(),
  summary: z.string(),
  paused: z.object({ since: z.string(), remainingWorkingDays: z.number().nullable(), remainingHours: z.number() }).nullable(),
  explanation: z.array(timelineEntry),
});
export type DueDateResponse = z.infer<typeof dueDateResponse>;

export const deadlineChange = z.object({
  id: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  oldDueAt: z.string().nullable(),
  newDueAt: z.string().nullable(),
  reason: z.string(),
  changedAt: z.string(),
});
