import { Card } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useRoles } from '../api/get-roles';
import { RolesTable } from '../components/roles-table';

export function RolesPage() {
  const { t } = useI18n();
  usePageTitle(t('roles.pageTitle'), 'admin');
  const roles = useRoles();
  return (
    <>
      <PageHeader title={t('roles.heading')} />
      {roles.isError ? <ErrorAlert error={roles.error} title={t('errors.loadFailed')} onRetry={() => void roles.refetch()} /> : null}
      <Card>
        <RolesTable roles={roles.data ?? []} loading={roles.isPending} />
      </Card>
    </>
  );
}
