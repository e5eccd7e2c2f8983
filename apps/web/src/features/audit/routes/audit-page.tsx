import { Card } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useAuditEntries } from '../api/get-audit-entries';
import { AuditTable } from '../components/audit-table';
import { VerifyChainButton } from '../components/verify-chain-button';

export function AuditPage() {
  const { t } = useI18n();
  usePageTitle(t('audit.pageTitle'), 'admin');
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const entries = useAuditEntries(paging);
  return (
    <>
      <PageHeader title={t('audit.heading')} />
      {entries.isError ? <ErrorAlert error={entries.error} title={t('errors.loadFailed')} onRetry={() => void entries.refetch()} /> : null}
      <Card>
        <VerifyChainButton />
        <AuditTable
          entries={entries.data?.items ?? []}
          loading={entries.isFetching}
          pagination={{ current: paging.page, pageSize: paging.pageSize, total: entries.data?.total ?? 0 }}
          onPageChange={(page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })}
        />
      </Card>
    </>
  );
}
