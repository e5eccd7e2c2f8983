/**
 * The dossier clock: runs from the start, stops on pause, continues on resume with what is left,
 * starts the full limit again on restart, and jumps to a fixed instant on extend.
 */
import { formatInstantVi, parseInstant } from './civil-date.ts';
import type { AppliedClockEvent, ClockEvent } from './deadline-types.ts';
import type { Interval } from './working-time.ts';

/** How one time-limit unit measures and spends time. */
export interface ClockModel {
  /** Clock time that elapses between two instants. */
  measure(from: number, to: number): number;
  /** The instant at which `remaining` clock time has run from `anchor`. */
  project(anchor: number, remaining: number, roll: boolean): number;
  /** Moves a projected end onto a working day where the unit asks for it. */
  finalize(ms: number): number;
  /** The full limit for a run that starts at `start`. */
  budget(start: number): number;
  rollAtPeriodEnd: boolean;
}

export interface ClockRun {
  /** The start, or the last restart. */
  runStart: number;
  /** Active (not paused) spans of the final run; the last one ends where counting ends. */
  segments: Interval[];
  pauses: Array<{ from: number; to: number | null }>;
  events: AppliedClockEvent[];
  /** Where the counting ends (before moving off a day off); null while paused. */
  countEnd: number | null;
  due: number | null;
  pausedSince: number | null;
  remaining: number;
  extendedTo: number | null;
}

interface State {
  runStart: number;
  anchor: number;
  remaining: number;
  roll: boolean;
  fixedDue: number | null;
  pausedAt: number | null;
  segmentStart: number | null;
  closed: Interval[];
  pauses: Array<{ from: number; to: number | null }>;
}

type Outcome = { applied: true; note: string } | { applied: false; note: string };

export function runClock(model: ClockModel, start: number, events: readonly ClockEvent[]): ClockRun {
  const state = freshRun(model, start, []);
  const applied: AppliedClockEvent[] = [];
  for (const { event, at } of sortEvents(events)) {
    const outcome = at < start ? ignored('Sự kiện trước thời điểm bắt đầu tính hạn') : apply(model, state, event, at);
    applied.push({ ...event, ...outcome });
  }
  return finish(model, state, applied);
}

function apply(model: ClockModel, state: State, event: ClockEvent, at: number): Outcome {
  switch (event.type) {
    case 'pause':
      return pause(model, state, at);
    case 'resume':
      return resume(state, at);
    case 'restart':
      Object.assign(state, freshRun(model, at, endPause(state, at)));
      return { applied: true, note: `Tính lại toàn bộ thời hạn từ ${formatInstantVi(at)}` };
    case 'extend':
      return extend(state, event, at);
  }
}

function pause(model: ClockModel, state: State, at: number): Outcome {
  if (state.pausedAt !== null) return ignored('Đồng hồ đang tạm dừng');
  const left =
    state.fixedDue !== null ? model.measure(at, state.fixedDue) : state.remaining - model.measure(state.anchor, at);
  if (left <= 0) return ignored('Thời hạn đã hết trước thời điểm tạm dừng');
  if (state.fixedDue !== null) state.roll = false;
  state.fixedDue = null;
  state.remaining = left;
  state.pausedAt = at;
  if (state.segmentStart !== null) state.closed.push({ start: state.segmentStart, end: at });
  state.segmentStart = null;
  return { applied: true, note: `Tạm dừng tính thời hạn từ ${formatInstantVi(at)}` };
}

function resume(state: State, at: number): Outcome {
  if (state.pausedAt === null) return ignored('Đồng hồ không ở trạng thái tạm dừng');
  state.pauses = endPause(state, at);
  state.pausedAt = null;
  state.anchor = at;
  state.segmentStart = at;
  return { applied: true, note: `Tiếp tục tính thời hạn còn lại từ ${formatInstantVi(at)}` };
}

/** An extension while paused also ends the pause: the new appointment is a fixed instant. */
function extend(state: State, event: ClockEvent, at: number): Outcome {
  if (event.until === undefined) throw new RangeError('An extend event needs `until`, the new due instant');
  const until = parseInstant(event.until);
  if (state.pausedAt !== null) {
    state.pauses = endPause(state, at);
    state.pausedAt = null;
    state.anchor = at;
    state.segmentStart = at;
  }
  state.fixedDue = until;
  return { applied: true, note: `Gia hạn, hẹn lại đến ${formatInstantVi(until)}` };
}

function freshRun(model: ClockModel, start: number, pauses: State['pauses']): State {
  return {
    runStart: start,
    anchor: start,
    remaining: model.budget(start),
    roll: model.rollAtPeriodEnd,
    fixedDue: null,
    pausedAt: null,
    segmentStart: start,
    closed: [],
    pauses,
  };
}

function endPause(state: State, at: number): State['pauses'] {
  return state.pausedAt === null ? state.pauses : [...state.pauses, { from: state.pausedAt, to: at }];
}

function finish(model: ClockModel, state: State, events: AppliedClockEvent[]): ClockRun {
  const countEnd = state.pausedAt !== null ? null : (state.fixedDue ?? model.project(state.anchor, state.remaining, state.roll));
  const due = countEnd === null || state.fixedDue !== null ? countEnd : model.finalize(countEnd);
  const segments = [...state.closed];
  if (state.segmentStart !== null && countEnd !== null && countEnd > state.segmentStart) {
    segments.push({ start: state.segmentStart, end: countEnd });
  }
  const pauses = state.pausedAt !== null ? [...state.pauses, { from: state.pausedAt, to: null }] : state.pauses;
  return {
    runStart: state.runStart,
    segments,
    pauses,
    events,
    countEnd,
    due,
    pausedSince: state.pausedAt,
    remaining: state.remaining,
    extendedTo: state.fixedDue,
  };
}

function sortEvents(events: readonly ClockEvent[]): Array<{ event: ClockEvent; at: number }> {
  return events
    .map((event, i) => ({ event, at: parseInstant(event.at), i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ event, at }) => ({ event, at }));
}

function ignored(note: string): Outcome {
  return { applied: false, note: `Không áp dụng: ${note}` };
}
