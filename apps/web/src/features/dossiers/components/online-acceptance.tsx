import type { DossierSummary } from '@motcua/shared';
import { Space, Tag, Tooltip } from 'antd';
import { accessibleColors } from '@/config/theme';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';

/**
 * The acceptance deadline of an online dossier not yet accepted, flagged once the alert time has passed and
 * again when the acceptance limit has (rules.md §2.2: alert within 2 hours, accept within 8 working hours; after a
 * round of corrections, counted from the corrected submission).
 */
export function OnlineAcceptance({ acceptance }: { acceptance: DossierSummary['onlineAcceptance'] }) {
  const { t } = useI18n();
  if (!acceptance) return <span className="muted-text">{t('common.notAvailable')}</span>;
  return (
    <Space direction="vertical" size={2} data-testid="online-acceptance" data-alert={acceptance.alert} data-late={acceptance.late}>
      <span style={acceptance.late ? { color: accessibleColors.error, fontWeight: 600 } : undefined}>{formatDateTime(acceptance.acceptBy)}</span>
      <span className="muted-text">{t('dossiers.online.registeredAt', { time: formatDateTime(acceptance.registeredAt) })}</span>
      {acceptance.resubmittedAt ? <span className="muted-text">{t('dossiers.online.resubmittedAt', { time: formatDateTime(acceptance.resubmittedAt) })}</span> : null}
      {acceptance.late ? (
        <Tag color={accessibleColors.error}>{t('dossiers.online.late')}</Tag>
      ) : acceptance.alert ? (
        <Tooltip title={t('dossiers.online.alertHelp', { time: formatDateTime(acceptance.alertBy) })}>
          <Tag color={accessibleColors.warning} tabIndex={0}>{t('dossiers.online.alert')}</Tag>
        </Tooltip>
      ) : null}
    </Space>
  );
}
