import { ClockCircleOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import type { IntakeVariant } from '../lib/receive-form';

/** The appointment the receipt will carry if the dossier is received now. */
export function DuePreview({ variant }: { variant: IntakeVariant | undefined }) {
  const { t } = useI18n();
  if (!variant) return null;
  return (
    <Alert
      type="info"
      icon={<ClockCircleOutlined aria-hidden />}
      showIcon
      style={{ marginBottom: 16 }}
      title={
        variant.dueAtIfReceivedNow ? (
          <span data-testid="desk-due-preview">{t('dossiers.desk.duePreview', { due: formatDateTime(variant.dueAtIfReceivedNow) })}</span>
        ) : (
          <span data-testid="desk-due-preview">{t('dossiers.desk.noDuePreview')}</span>
        )
      }
      description={
        <>
          {t('dossiers.desk.timeLimit', { limit: variant.timeLimitText })}
          {variant.hasApprovedWorkflow ? null : <div>{t('dossiers.desk.noWorkflow')}</div>}
          {variant.defaultWorkflow ? <div data-testid="default-workflow-note">{t('dossiers.desk.defaultWorkflow')}</div> : null}
        </>
      }
    />
  );
}
