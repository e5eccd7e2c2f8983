import type { CalendarDayKind } from './calendar-data.ts';
import type { DayReason, WorkingCalendar } from './working-calendar.ts';

export const timeLimitUnits = ['working_days', 'working_hours', 'days', 'months'] as const;
export type TimeLimitUnit = (typeof timeLimitUnits)[number];

export interface TimeLimit {
  value: number;
  unit: TimeLimitUnit;
}

export const clockEventTypes = ['pause', 'resume', 'restart', 'extend'] as const;
export type ClockEventType = (typeof clockEventTypes)[number];

export interface ClockEvent {
  /** ISO instant with an offset, e.g. '2026-04-24T09:00:00+07:00'. */
  at: string;
  type: ClockEventType;
  /** For `extend`: the new due instant. */
  until?: string;
  reason?: string;
}

export interface ComputeDueDateInput {
  /** ISO instant the time limit starts from (the dossier accepted as complete). */
  start: string;
  timeLimit: TimeLimit;
  calendar: WorkingCalendar;
  events?: readonly ClockEvent[];
}

export interface AppliedClockEvent extends ClockEvent {
  applied: boolean;
  /** Vietnamese note on what the event did or why it was ignored. */
  note: string;
}

export interface CountedDay {
  date: string;
  /** 1-based: the n-th day of the time limit. */
  index: number;
}

export interface SkippedDay {
  date: string;
  reason: DayReason;
  label: string;
  kind?: CalendarDayKind;
  name?: string;
  source?: string;
}

export interface PauseSpan {
  from: string;
  /** Null while the clock is still paused. */
  to: string | null;
}

export interface DueDateExplanation {
  /** Instant the counting of the final run actually starts (after office hours: the next period). */
  countingFrom: string;
  countedDays: CountedDay[];
  skippedDays: SkippedDay[];
  pauses: PauseSpan[];
  events: AppliedClockEvent[];
  /** One plain Vietnamese sentence for the officer and the applicant. */
  summary: string;
}

export interface DueDateResult {
  /** ISO instant in UTC ('Z'); null while the clock is paused, since the due date is then unknown. */
  dueAt: string | null;
  /** When paused: since when, and how much of the limit is left (in the limit's clock). */
  paused: { since: string; remainingMs: number; remainingWorkingDays: number | null } | null;
  explanation: DueDateExplanation;
}

export type Timeliness = 'early' | 'on_time' | 'late';
