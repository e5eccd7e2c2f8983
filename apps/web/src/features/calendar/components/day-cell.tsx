import type { CalendarDayDto } from '@motcua/shared';
import { Tooltip } from 'antd';
import { memo } from 'react';
import { useI18n } from '@/i18n';
import { weekdayOf } from '../lib/calendar-grid';
import { dayKindClassName, dayKindLabelKeys, dayKindLetterKeys, displayKindOf } from '../lib/day-kinds';
import { useDayLabel } from '../lib/use-calendar-labels';

interface DayCellProps {
  date: string;
  entry: CalendarDayDto | undefined;
  /** When given the cell is a button that opens the day's editor. */
  onSelect?: ((date: string) => void) | undefined;
}

/**
 * One day of the year view. The kind is told three ways: the fill, a letter code and the
 * accessible name ("Thứ Hai 27/04/2026: Nghỉ bù — Nghỉ bù Giỗ Tổ Hùng Vương").
 */
export const DayCell = memo(function DayCell({ date, entry, onSelect }: DayCellProps) {
  const { t } = useI18n();
  const dayLabel = useDayLabel();
  const kind = displayKindOf(weekdayOf(date), entry);
  const draft = entry?.draft ?? false;
  const letterKey = dayKindLetterKeys[kind];
  const name = [
    `${dayLabel(date)}: ${t(dayKindLabelKeys[kind])}`,
    entry ? ` — ${entry.name}` : '',
    draft ? ` (${t('calendar.draft')})` : '',
  ].join('');
  const className = dayKindClassName(kind, draft);
  const content = (
    <>
      <span aria-hidden className="calendar-day-number">{Number(date.slice(8))}</span>
      <span aria-hidden className="calendar-day-letter">
        {letterKey ? t(letterKey) : ''}
        {draft ? '*' : ''}
      </span>
    </>
  );
  const common = { className, 'aria-label': name, 'data-testid': `calendar-day-${date}`, 'data-kind': kind, 'data-draft': draft ? 'true' : undefined };
  const cell = onSelect ? (
    <button type="button" {...common} onClick={() => onSelect(date)}>
      {content}
    </button>
  ) : (
    <span role="img" tabIndex={entry ? 0 : undefined} {...common}>
      {content}
    </span>
  );
  if (!entry) return cell;
  return (
    <Tooltip
      trigger={['hover', 'focus']}
      mouseEnterDelay={0.3}
      title={
        <>
          <div>
            <strong>{t(dayKindLabelKeys[kind])}</strong>
            {draft ? ` (${t('calendar.draft')})` : ''}
          </div>
          <div>{entry.name}</div>
          <div>{t('calendar.sourceValue', { source: entry.source })}</div>
        </>
      }
    >
      {cell}
    </Tooltip>
  );
});
