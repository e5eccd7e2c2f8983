import type { DossierSummary } from '@motcua/shared';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useDossierQueue } from '../api/get-queue';
import { DossierTable } from '../components/dossier-table';
import { QueueFilters } from '../components/queue-filters';
import { ReturnResultModal } from '../components/return-result-modal';
import { readQueueParams, writeQueueParams } from '../lib/queue-params';

/** Results ready to hand over at the desk, oldest appointment first. */
export function DeskReturnsPage() {
  const { t } = useI18n();
  usePageTitle(t('dossiers.returns.pageTitle'), 'admin');
  const [search, setSearch] = useSearchParams();
  const params = { ...readQueueParams(search, 'all'), status: 'result_ready' as const };
  const queue = useDossierQueue(params);
  const [returning, setReturning] = useState<DossierSummary>();
  return (
    <>
      <PageHeader title={t('dossiers.returns.heading')} description={t('dossiers.returns.lead')} />
      <Card>
        <QueueFilters params={params} onChange={(next) => setSearch(writeQueueParams({ ...params, ...next, status: undefined }))} hideStatus />
        {queue.isError ? <ErrorAlert error={queue.error} title={t('errors.loadFailed')} onRetry={() => void queue.refetch()} /> : null}
        <DossierTable
          label={t('dossiers.returns.heading')}
          testId="returns-table"
          items={queue.data?.items ?? []}
          loading={queue.isFetching}
          emptyText={t('dossiers.returns.empty')}
          pagination={{ current: params.page, pageSize: params.pageSize, total: queue.data?.total ?? 0, showTotal: (total) => t('common.total', { total }) }}
          onChange={(pagination) => setSearch(writeQueueParams({ ...params, status: undefined, page: pagination.current ?? 1 }))}
          action={{
            title: t('common.actions'),
            render: (dossier) => (
              <Button type="primary" size="small" onClick={() => setReturning(dossier)} data-testid="return-open">
                {t('dossiers.action.return_result')}
              </Button>
            ),
          }}
        />
      </Card>
      {returning ? <ReturnResultModal dossier={returning} onClose={() => setReturning(undefined)} /> : null}
    </>
  );
}
