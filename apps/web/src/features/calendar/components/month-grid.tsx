import type { CalendarDayDto } from '@motcua/shared';
import { Typography } from 'antd';
import { useI18n, type MessageKey } from '@/i18n';
import { mondayFirstWeekdays, monthWeeks } from '../lib/calendar-grid';
import { useWeekdayName } from '../lib/use-calendar-labels';
import { DayCell } from './day-cell';

const monthKeys: readonly MessageKey[] = [
  'calendar.month.1', 'calendar.month.2', 'calendar.month.3', 'calendar.month.4', 'calendar.month.5', 'calendar.month.6',
  'calendar.month.7', 'calendar.month.8', 'calendar.month.9', 'calendar.month.10', 'calendar.month.11', 'calendar.month.12',
];

interface MonthGridProps {
  year: number;
  month: number;
  entries: ReadonlyMap<string, CalendarDayDto>;
  onSelect?: ((date: string) => void) | undefined;
}

/** A month as a table, Monday first, so screen readers announce the weekday of each column. */
export function MonthGrid({ year, month, entries, onSelect }: MonthGridProps) {
  const { t } = useI18n();
  const weekdayName = useWeekdayName();
  const headingId = `calendar-month-${year}-${month}`;
  return (
    <section className="calendar-month" aria-labelledby={headingId}>
      <Typography.Title level={3} id={headingId} className="calendar-month-title">
        {t(monthKeys[month - 1]!, { year })}
      </Typography.Title>
      <table className="calendar-month-table" aria-labelledby={headingId}>
        <thead>
          <tr>
            {mondayFirstWeekdays.map((weekday) => (
              <th key={weekday} scope="col">
                <abbr title={weekdayName(weekday)}>{weekdayName(weekday, true)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(year, month).map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((date, index) => (
                <td key={date ?? `pad-${index}`}>{date ? <DayCell date={date} entry={entries.get(date)} onSelect={onSelect} /> : null}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
