import { EXPLANATION_DAY_LINES_MAX, formatDateVi, type CalendarDayDto, type DueDateResponse, type DueDateResult, type TimelineEntry } from '@motcua/shared';
import type { CalendarDayRow } from './calendar.queries.ts';

const VN_OFFSET_MS = 7 * 3_600_000;

/** '2026-05-04T02:00:00.000Z' → '2026-05-04T09:00:00+07:00': what officers and applicants read. */
export function toVietnamTime(utc: string): string {
  const local = new Date(Date.parse(utc) + VN_OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}+07:00`;
}

const localDate = (utc: string) => toVietnamTime(utc).slice(0, 10);

export const presentCalendarDay = (r: CalendarDayRow): CalendarDayDto => ({ date: r.date, kind: r.kind as CalendarDayDto['kind'], name: r.name, source: r.source, draft: r.is_draft === 1 });

const eventLabels = { pause: 'Tạm dừng tính thời hạn', resume: 'Tiếp tục tính thời hạn', restart: 'Tính lại thời hạn từ đầu', extend: 'Gia hạn đến' } as const;

function entry(partial: Partial<TimelineEntry> & Pick<TimelineEntry, 'type' | 'date' | 'label'>): TimelineEntry {
  return { at: null, index: null, kind: null, source: null, ...partial };
}

/** Flattens the engine's explanation into one dated timeline, in the order things happened. */
export function presentDueDate(result: DueDateResult, receivedAt: string): DueDateResponse {
  const { explanation: ex } = result;
  const timeline: TimelineEntry[] = [entry({ type: 'start', date: localDate(new Date(receivedAt).toISOString()), at: toVietnamTime(new Date(receivedAt).toISOString()), label: 'Tiếp nhận hồ sơ, bắt đầu tính thời hạn' })];
  for (const e of ex.events) {
    const at = new Date(e.at).toISOString();
    timeline.push(entry({ type: e.applied ? e.type : 'ignored_event', date: localDate(at), at: toVietnamTime(at), label: e.applied ? `${eventLabels[e.type]}${e.reason ? `: ${e.reason}` : ''}` : e.note }));
  }
  for (const d of ex.countedDays) timeline.push(entry({ type: 'counted_day', date: d.date, index: d.index, label: `Ngày làm việc thứ ${d.index}` }));
  for (const d of ex.skippedDays) timeline.push(entry({ type: 'skipped_day', date: d.date, label: d.name ? `${d.label}: ${d.name}` : d.label, kind: d.kind ?? null, source: d.source ?? null }));
  if (result.dueAt) timeline.push(entry({ type: 'due', date: localDate(result.dueAt), at: toVietnamTime(result.dueAt), label: 'Hạn trả kết quả' }));
  const rank = (e: TimelineEntry) => (e.type === 'start' ? 0 : e.type === 'due' ? 3 : e.at ? 2 : 1);
  const order = (e: TimelineEntry) => `${e.date}|${rank(e)}|${e.at ?? ''}`;
  timeline.sort((a, b) => order(a).localeCompare(order(b)));
  return {
    dueAt: result.dueAt ? toVietnamTime(result.dueAt) : null,
    dueAtUtc: result.dueAt,
    countingFrom: toVietnamTime(new Date(ex.countingFrom).toISOString()),
    summary: ex.summary,
    paused: result.paused
      ? { since: toVietnamTime(new Date(result.paused.since).toISOString()), remainingWorkingDays: result.paused.remainingWorkingDays, remainingHours: Math.round((result.paused.remainingMs / 3_600_000) * 100) / 100 }
      : null,
    explanation: withDaysSummedUp(timeline),
  };
}

const isDayLine = (e: TimelineEntry) => e.type === 'counted_day' || e.type === 'skipped_day';

/**
 * A long limit lists its first and last days one by one and sums up the days between in one line, so the answer
 * stays small whatever the limit; events (pauses, extensions) are always listed.
 */
function withDaysSummedUp(timeline: TimelineEntry[]): TimelineEntry[] {
  const dayLines = timeline.filter(isDayLine);
  if (dayLines.length <= EXPLANATION_DAY_LINES_MAX) return timeline;
  const keep = EXPLANATION_DAY_LINES_MAX / 2;
  const omitted = new Set(dayLines.slice(keep, dayLines.length - keep));
  const list = [...omitted];
  const counted = list.filter((e) => e.type === 'counted_day').length;
  const first = list[0]!;
  const last = list.at(-1)!;
  const line = entry({
    type: 'omitted_days',
    date: first.date,
    label: `Từ ${formatDateVi(first.date)} đến ${formatDateVi(last.date)}: ${counted} ngày được tính và ${list.length - counted} ngày nghỉ (không liệt kê từng ngày)`,
  });
  return timeline.flatMap((e) => (e === first ? [line] : omitted.has(e) ? [] : [e]));
}
