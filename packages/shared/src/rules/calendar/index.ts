export * from './calendar-data.ts';
export {
  addDays,
  addMonthsClamped,
  formatDateVi,
  formatInstantVi,
  localDateOf,
  parseDate,
  parseInstant,
  weekdayOf,
} from './civil-date.ts';
export type { YMD } from './civil-date.ts';
export { classifyTimeliness, computeDueDate } from './deadline.ts';
export * from './deadline-types.ts';
export * from './lunar.ts';
export * from './statutory-holidays.ts';
export * from './working-calendar.ts';
export { addWorkingTime, nextWorkingInstant, workingMsBetween, workingTimeBetween } from './working-time.ts';
export type { WorkingTime } from './working-time.ts';
export { computeDueAt, dueInstantForWorkingDays } from './fast-due-date.ts';
