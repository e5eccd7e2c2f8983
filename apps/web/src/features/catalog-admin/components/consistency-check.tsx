import type { ConsistencyReport } from '@motcua/shared';
import { Alert, Tag } from 'antd';
import { accessibleColors } from '@/config/theme';
import { useI18n } from '@/i18n';

/** What is missing from the mandatory components (Decree 63/2010 Art. 8) and from the "where applicable" ones. */
export function ConsistencyCheck({ report }: { report: ConsistencyReport }) {
  const { t } = useI18n();
  const mandatory = report.missing.filter((item) => item.mandatory);
  const optional = report.missing.filter((item) => !item.mandatory);
  const list = (
    <ul className="check-list">
      {mandatory.map((item, index) => (
        <li key={`m-${index}`}>
          <Tag color={accessibleColors.error}>{t('catalogAdmin.check.mandatory')}</Tag>
          {item.message}
        </li>
      ))}
      {optional.map((item, index) => (
        <li key={`o-${index}`}>
          <Tag color={accessibleColors.neutral}>{t('catalogAdmin.check.whereApplicable')}</Tag>
          {item.message}
        </li>
      ))}
    </ul>
  );
  return (
    <Alert
      type={report.complete ? (optional.length ? 'info' : 'success') : 'warning'}
      showIcon
      title={report.complete ? t('catalogAdmin.check.complete') : t('catalogAdmin.check.incomplete', { count: mandatory.length })}
      description={report.missing.length ? list : undefined}
      style={{ marginBottom: 16 }}
      data-testid="procedure-check"
      data-complete={report.complete}
    />
  );
}
