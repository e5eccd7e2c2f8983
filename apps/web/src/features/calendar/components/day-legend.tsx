import { Typography } from 'antd';
import { useI18n } from '@/i18n';
import { displayDayKinds } from '../lib/day-kinds';
import { DayKindLabel } from './day-kind-swatch';

/** What each fill and letter means, including the marker of draft days. */
export function DayLegend() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="calendar-legend-heading" className="calendar-legend" data-testid="calendar-legend">
      <Typography.Title level={3} id="calendar-legend-heading" className="calendar-month-title">
        {t('calendar.legend')}
      </Typography.Title>
      <ul className="calendar-legend-list">
        {displayDayKinds.map((kind) => (
          <li key={kind}>
            <DayKindLabel kind={kind} />
          </li>
        ))}
        <li>
          <span className="calendar-kind-label">
            <span className="calendar-day calendar-day--weekday calendar-day--draft calendar-swatch" aria-hidden>
              <span className="calendar-day-letter">*</span>
            </span>
            <span>{t('calendar.draftLegend')}</span>
          </span>
        </li>
      </ul>
    </section>
  );
}
