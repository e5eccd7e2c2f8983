import type { CalendarYear } from '@motcua/shared';
import { Statistic } from 'antd';
import { useI18n } from '@/i18n';
import { dayKindLabelKeys, editableDayKinds } from '../lib/day-kinds';

/** Working days of the year (computed by the server) and how many special days of each kind. */
export function YearSummary({ data }: { data: CalendarYear }) {
  const { t } = useI18n();
  const counts = new Map<string, number>();
  for (const day of data.days) counts.set(day.kind, (counts.get(day.kind) ?? 0) + 1);
  return (
    <div className="calendar-summary">
      <Statistic title={t('calendar.workingDays')} value={data.workingDays} data-testid="calendar-working-days" />
      {editableDayKinds.map((kind) => (
        <Statistic key={kind} title={t(dayKindLabelKeys[kind])} value={counts.get(kind) ?? 0} />
      ))}
    </div>
  );
}
