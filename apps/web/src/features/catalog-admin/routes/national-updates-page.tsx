import type { NationalUpdateSummary } from '@motcua/shared';
import { Card, Flex, Select, Table, type TableColumnsType } from 'antd';
import { generatePath, Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { TableRegion } from '@/components/table-region';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { useNationalUpdates, type NationalUpdateStatus } from '../api/get-national-updates';
import { ConflictTag } from '../components/pending-national-updates';
import { positiveInt } from '../lib/paging';

const statuses: NationalUpdateStatus[] = ['pending', 'accepted', 'dismissed', 'superseded'];

/** New national versions of procedures the province adopted or edited; pending ones are counted in the heading. */
export function NationalUpdatesPage() {
  const { t } = useI18n();
  usePageTitle(t('nationalUpdates.pageTitle'), 'admin');
  const [searchParams, setSearchParams] = useSearchParams();
  const status = statuses.find((value) => value === searchParams.get('status')) ?? 'pending';
  const page = positiveInt(searchParams.get('page'), 1);
  const pageSize = positiveInt(searchParams.get('pageSize'), 50);
  const updates = useNationalUpdates({ status, page, pageSize });
  const pending = useNationalUpdates({ status: 'pending', page: 1, pageSize: 1 });

  const update = (next: { status?: NationalUpdateStatus; page?: number; pageSize?: number }) => {
    const merged = { status, page, pageSize, ...next };
    const params = new URLSearchParams();
    if (merged.status !== 'pending') params.set('status', merged.status);
    if (merged.page > 1) params.set('page', String(merged.page));
    if (merged.pageSize !== 50) params.set('pageSize', String(merged.pageSize));
    setSearchParams(params);
  };

  const columns: TableColumnsType<NationalUpdateSummary> = [
    {
      title: t('nationalUpdates.procedure'),
      key: 'procedure',
      render: (_, u) => (
        <Flex vertical gap={2} align="start">
          <Link to={generatePath(paths.admin.catalogNationalUpdate, { id: u.id })} data-testid="national-update-link">
            {u.code}
          </Link>
          <span>{u.name}</span>
        </Flex>
      ),
    },
    { title: t('nationalUpdates.conflicts'), dataIndex: 'conflictCount', width: 150, render: (count: number) => <ConflictTag count={count} /> },
    {
      title: t('nationalUpdates.versions'),
      key: 'versions',
      width: 300,
      render: (_, u) => t('nationalUpdates.versionsText', { base: u.baseVersion ?? '—', national: u.nationalVersion, merged: u.mergedVersion, current: u.currentVersion ?? '—' }),
    },
    { title: t('nationalUpdates.createdAt'), dataIndex: 'createdAt', width: 170, render: (value: string) => formatDateTime(value) },
  ];

  return (
    <>
      <PageHeader title={t('nationalUpdates.heading', { count: pending.data?.total ?? '…' })} description={t('nationalUpdates.lead')} />
      {updates.isError ? <ErrorAlert error={updates.error} title={t('errors.loadFailed')} onRetry={() => void updates.refetch()} /> : null}
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select<NationalUpdateStatus>
            aria-label={t('nationalUpdates.filterStatus')}
            value={status}
            options={statuses.map((value) => ({ value, label: t(`nationalUpdates.status.${value}`) }))}
            onChange={(value) => update({ status: value, page: 1 })}
            style={{ minWidth: 200 }}
          />
        </Flex>
        <TableRegion label={t('nationalUpdates.pageTitle')} minWidth={820}>
          <Table<NationalUpdateSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={updates.data?.items ?? []}
            loading={updates.isFetching}
            locale={{ emptyText: t('nationalUpdates.empty') }}
            pagination={{ current: page, pageSize, total: updates.data?.total ?? 0, showSizeChanger: true, onChange: (p, s) => update({ page: p, pageSize: s }) }}
            data-testid="national-updates-table"
          />
        </TableRegion>
      </Card>
    </>
  );
}
