import { UserSwitchOutlined } from '@ant-design/icons';
import type { DossierSummary } from '@motcua/shared';
import { Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { useSession } from '@/features/auth';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useDossierQueue, type QueueParams } from '../api/get-queue';
import { BulkAssignModal } from '../components/bulk-assign-modal';
import { DossierTable } from '../components/dossier-table';
import { OnlineAcceptance } from '../components/online-acceptance';
import { QueueFilters } from '../components/queue-filters';
import { deskQueueTabs, fromSort, queueTabs, readQueueParams, toSort, writeQueueParams } from '../lib/queue-params';
import { useDossierLabels } from '../lib/use-dossier-labels';

/**
 * The work queues of an officer: own dossiers, the unit's, those due soon or overdue, those waiting for the applicant;
 * a desk also those awaiting online acceptance and those it received, wherever they are now.
 */
export function DossierQueuePage() {
  const { t } = useI18n();
  usePageTitle(t('dossiers.queue.pageTitle'), 'admin');
  const labels = useDossierLabels();
  const me = useSession();
  const isLeader = me.roles.some((assignment) => assignment.role === 'leader');
  // Leaders and desks work what sits at their unit; specialists what is assigned to them.
  const isDesk = me.roles.some((assignment) => assignment.role === 'desk_officer');
  const unitFirst = isLeader || isDesk;
  const [search, setSearch] = useSearchParams();
  const tabs = isDesk ? deskQueueTabs : queueTabs;
  const params = readQueueParams(search, unitFirst ? 'unit' : 'mine', tabs);
  const queue = useDossierQueue(params);
  const [selected, setSelected] = useState<DossierSummary[]>([]);
  const [assigning, setAssigning] = useState(false);
  const sort = fromSort(params.sort);

  const update = (next: Partial<QueueParams>) => {
    setSelected([]);
    setSearch(writeQueueParams({ ...params, ...next }));
  };

  return (
    <>
      <PageHeader
        title={t('dossiers.queue.heading')}
        extra={
          isLeader ? (
            <Button
              type="primary"
              icon={<UserSwitchOutlined aria-hidden />}
              disabled={selected.length === 0}
              onClick={() => setAssigning(true)}
              data-testid="bulk-assign-open"
            >
              {t('dossiers.bulk.open', { count: selected.length })}
            </Button>
          ) : null
        }
      />
      <Card>
        <Tabs
          className="dossier-tabs"
          activeKey={params.queue}
          onChange={(queueKind) => update({ queue: queueKind as QueueParams['queue'], page: 1 })}
          items={tabs.map((kind) => ({ key: kind, label: <span data-testid={`queue-tab-${kind}`}>{labels.queue(kind)}</span> }))}
        />
        <QueueFilters params={params} onChange={update} />
        {queue.isError ? <ErrorAlert error={queue.error} title={t('errors.loadFailed')} onRetry={() => void queue.refetch()} /> : null}
        <DossierTable
          label={labels.queue(params.queue)}
          testId="dossier-queue-table"
          items={queue.data?.items ?? []}
          loading={queue.isFetching}
          sort={sort}
          emptyText={t('dossiers.queue.empty')}
          action={params.queue === 'online_new' ? { title: t('dossiers.online.acceptBy'), render: (dossier) => <OnlineAcceptance acceptance={dossier.onlineAcceptance} /> } : undefined}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: queue.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
          onChange={(pagination, _filters, sorter) => {
            const one = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = one?.columnKey === 'received_at' ? 'received_at' : 'due_at';
            const nextSort = one?.order ? toSort(key, one.order === 'descend') : 'due_at';
            const pageSize = pagination.pageSize ?? params.pageSize;
            update({ sort: nextSort, pageSize, page: pageSize === params.pageSize && nextSort === params.sort ? (pagination.current ?? 1) : 1 });
          }}
          rowSelection={
            isLeader
              ? {
                  selectedRowKeys: selected.map((dossier) => dossier.id),
                  onChange: (_keys, rows) => setSelected(rows),
                  getCheckboxProps: (dossier) => ({ 'aria-label': t('dossiers.bulk.selectRow', { code: dossier.code }) }) as object,
                }
              : undefined
          }
        />
      </Card>
      {assigning ? (
        <BulkAssignModal
          dossiers={selected}
          onClose={(assigned) => {
            setAssigning(false);
            if (assigned) setSelected([]);
          }}
        />
      ) : null}
    </>
  );
}
