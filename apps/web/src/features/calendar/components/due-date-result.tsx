import type { DueDateResponse, TimelineEntry } from '@motcua/shared';
import { Alert, Timeline, Typography, type TimelineProps } from 'antd';
import { useI18n, type MessageKey } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { weekdayOf } from '../lib/calendar-grid';
import { dayKindLabelKeys } from '../lib/day-kinds';
import { useDayLabel } from '../lib/use-calendar-labels';

const entryColors: Record<TimelineEntry['type'], NonNullable<TimelineProps['items']>[number]['color']> = {
  start: 'blue',
  counted_day: 'blue',
  skipped_day: 'gray',
  omitted_days: 'gray',
  pause: 'red',
  resume: 'green',
  restart: 'red',
  extend: 'blue',
  ignored_event: 'gray',
  due: 'green',
};

const eventTitleKeys: Partial<Record<TimelineEntry['type'], MessageKey>> = {
  pause: 'calendar.event.pause',
  resume: 'calendar.event.resume',
  restart: 'calendar.event.restart',
  extend: 'calendar.event.extend',
  ignored_event: 'calendar.timeline.ignored',
};

/** The server joins "reason label: detail"; the detail (a day's name, an event's reason) is data, shown as is. */
function detailOf(label: string): string | null {
  const at = label.indexOf(': ');
  return at >= 0 ? label.slice(at + 2) : null;
}

function TimelineContent({ entry }: { entry: TimelineEntry }) {
  const { t } = useI18n();
  const dayLabel = useDayLabel();
  const testId = `due-date-timeline-${entry.type}-${entry.date}`;
  switch (entry.type) {
    case 'start':
      return (
        <span data-testid={testId}>
          <strong>{formatDateTime(entry.at)}</strong> — {t('calendar.timeline.start')}
        </span>
      );
    case 'counted_day':
      return <span data-testid={testId}>{t('calendar.timeline.counted', { index: entry.index ?? '?', day: dayLabel(entry.date) })}</span>;
    case 'skipped_day': {
      const weekday = weekdayOf(entry.date);
      const reason = entry.kind ? t(dayKindLabelKeys[entry.kind]) : weekday === 0 || weekday === 6 ? t('calendar.kind.weekend') : entry.label;
      const name = entry.kind ? detailOf(entry.label) : null;
      return (
        <span data-testid={testId}>
          {t('calendar.timeline.skipped', { day: dayLabel(entry.date), reason })}
          {name ? <>: <em>{name}</em></> : null}
          {entry.source ? (
            <span className="calendar-timeline-source">{t('calendar.sourceValue', { source: entry.source })}</span>
          ) : null}
        </span>
      );
    }
    case 'omitted_days':
      return <span data-testid={testId}>{entry.label}</span>;
    case 'due':
      return (
        <span data-testid={testId}>
          <strong>{formatDateTime(entry.at)}</strong> — {t('calendar.timeline.due')}
        </span>
      );
    default: {
      const titleKey = eventTitleKeys[entry.type];
      const detail = entry.type === 'ignored_event' ? entry.label : detailOf(entry.label);
      return (
        <span data-testid={testId}>
          <strong>{formatDateTime(entry.at)}</strong> — {titleKey ? t(titleKey) : entry.label}
          {detail ? `: ${detail}` : ''}
        </span>
      );
    }
  }
}

function PausedNotice({ paused }: { paused: NonNullable<DueDateResponse['paused']> }) {
  const { t } = useI18n();
  const remaining =
    paused.remainingWorkingDays !== null
      ? t('calendar.remainingWorkingDays', { days: paused.remainingWorkingDays, hours: paused.remainingHours })
      : t('calendar.remainingHours', { hours: paused.remainingHours });
  return (
    <Alert
      type="warning"
      showIcon
      title={t('calendar.pausedTitle', { since: formatDateTime(paused.since) })}
      description={remaining}
      data-testid="due-date-paused"
    />
  );
}

/** The due date in large type, the summary sentence and the day-by-day explanation. */
export function DueDateResult({ result }: { result: DueDateResponse }) {
  const { t } = useI18n();
  return (
    <div data-testid="due-date-result">
      {result.dueAt ? (
        <div className="calendar-due">
          <span className="calendar-due-label">{t('calendar.dueAt')}</span>
          <span className="calendar-due-value" data-testid="due-date-due">
            {formatDateTime(result.dueAt)}
          </span>
        </div>
      ) : result.paused ? (
        <PausedNotice paused={result.paused} />
      ) : null}
      <Typography.Paragraph style={{ marginTop: 16 }} data-testid="due-date-summary">
        {result.summary}
      </Typography.Paragraph>
      <Typography.Paragraph className="muted-text">{t('calendar.countingFrom', { at: formatDateTime(result.countingFrom) })}</Typography.Paragraph>
      <Typography.Title level={3} className="calendar-month-title" id="due-date-timeline-heading">
        {t('calendar.timelineHeading')}
      </Typography.Title>
      <div aria-labelledby="due-date-timeline-heading" role="group" data-testid="due-date-timeline">
        <Timeline
          items={result.explanation.map((entry, index) => ({
            key: `${index}-${entry.type}-${entry.date}`,
            color: entryColors[entry.type],
            content: <TimelineContent entry={entry} />,
          }))}
        />
      </div>
    </div>
  );
}
