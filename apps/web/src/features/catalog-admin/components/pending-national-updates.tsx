import { Alert, Tag } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { accessibleColors } from '@/config/theme';
import { useI18n } from '@/i18n';
import { useNationalUpdates } from '../api/get-national-updates';

export function ConflictTag({ count }: { count: number }) {
  const { t } = useI18n();
  return count > 0 ? <Tag color={accessibleColors.warning}>{t('nationalUpdates.conflictCount', { count })}</Tag> : <Tag>{t('nationalUpdates.noConflict')}</Tag>;
}

/** Tells the control officer, on the procedure list, how many national updates wait for them. */
export function PendingNationalUpdates() {
  const { t } = useI18n();
  const pending = useNationalUpdates({ status: 'pending', page: 1, pageSize: 1 });
  const count = pending.data?.total ?? 0;
  if (count === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="pending-national-updates"
      message={
        <>
          {t('nationalUpdates.pendingBanner', { count })} <Link to={paths.admin.catalogNationalUpdates}>{t('nationalUpdates.pendingBannerLink')}</Link>
        </>
      }
    />
  );
}
