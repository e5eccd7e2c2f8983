import { PlusOutlined } from '@ant-design/icons';
import { procedureStatuses, type ProcedureStatus } from '@motcua/shared';
import { Card, Checkbox, Flex, Input, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { generatePath, Link, useSearchParams } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { TableRegion } from '@/components/table-region';
import { paths } from '@/config/paths';
import { accessibleColors } from '@/config/theme';
import { ProcedureStatusTag, useCatalogLabels } from '@/features/catalog';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { useAdminProcedures } from '../api/get-admin-procedures';
import { positiveInt } from '../lib/paging';
import type { AdminProcedureSummary } from '../lib/types';
import { PendingNationalUpdates } from '../components/pending-national-updates';

export function AdminProceduresPage() {
  const { t } = useI18n();
  usePageTitle(t('catalogAdmin.procedures.pageTitle'), 'admin');
  const labels = useCatalogLabels();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const status = procedureStatuses.find((value) => value === searchParams.get('status'));
  const pending = searchParams.get('pendingChanges') === 'true';
  const page = positiveInt(searchParams.get('page'), 1);
  const pageSize = positiveInt(searchParams.get('pageSize'), 50);
  const procedures = useAdminProcedures({ q: q || undefined, status, pendingChanges: pending ? 'true' : undefined, page, pageSize });
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const update = (next: { q?: string; status?: ProcedureStatus | undefined; pending?: boolean; page?: number; pageSize?: number }) => {
    const merged = { q, status, pending, page, pageSize, ...next };
    const params = new URLSearchParams();
    if (merged.q) params.set('q', merged.q);
    if (merged.status) params.set('status', merged.status);
    if (merged.pending) params.set('pendingChanges', 'true');
    if (merged.page > 1) params.set('page', String(merged.page));
    if (merged.pageSize !== 50) params.set('pageSize', String(merged.pageSize));
    setSearchParams(params);
  };

  const columns: TableColumnsType<AdminProcedureSummary> = [
    {
      title: t('catalogAdmin.procedures.procedure'),
      dataIndex: 'name',
      render: (name: string, procedure) => (
        <>
          <Link to={generatePath(paths.admin.catalogProcedure, { id: procedure.id })} data-testid="admin-procedure-link">
            {name}
          </Link>
          <div className="muted-text">
            <code>{procedure.code}</code>
          </div>
        </>
      ),
    },
    { title: t('catalog.field.sector'), key: 'sector', width: 150, render: (_, procedure) => procedure.sector.name },
    { title: t('catalog.field.levels'), key: 'levels', width: 120, render: (_, procedure) => procedure.levels.map(labels.level).join(', ') },
    {
      title: t('common.status'),
      key: 'status',
      width: 170,
      render: (_, procedure) => (
        <Flex vertical gap={4} align="start">
          <ProcedureStatusTag status={procedure.status} />
          {procedure.pendingChanges ? <Tag color={accessibleColors.warning}>{t('catalogAdmin.procedure.pendingChanges')}</Tag> : null}
        </Flex>
      ),
    },
    {
      title: t('catalogAdmin.procedures.versions'),
      key: 'versions',
      width: 120,
      render: (_, procedure) =>
        t('catalogAdmin.procedures.versionPair', { latest: procedure.latestVersionNumber, current: procedure.currentVersionNumber ?? '—' }),
    },
    { title: t('catalogAdmin.procedures.updatedAt'), dataIndex: 'updatedAt', width: 130, render: (value: string) => formatDateTime(value) },
  ];

  return (
    <>
      <PageHeader
        title={t('catalogAdmin.procedures.heading')}
        extra={
          <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to={paths.admin.catalogProcedureNew} data-testid="admin-procedure-create">
            {t('catalogAdmin.procedures.create')}
          </ButtonLink>
        }
      />
      <PendingNationalUpdates />
      {procedures.isError ? <ErrorAlert error={procedures.error} title={t('errors.loadFailed')} onRetry={() => void procedures.refetch()} /> : null}
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }} role="search">
          <Input.Search
            allowClear
            aria-label={t('catalogAdmin.procedures.searchLabel')}
            placeholder={t('catalogAdmin.procedures.searchPlaceholder')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onSearch={(value) => update({ q: value.trim(), page: 1 })}
            enterButton={t('common.search')}
            style={{ maxWidth: 420 }}
            data-testid="admin-procedures-search"
          />
          <Select<ProcedureStatus>
            allowClear
            aria-label={t('catalogAdmin.procedures.filterStatus')}
            placeholder={t('catalogAdmin.procedures.filterStatus')}
            value={status}
            options={procedureStatuses.map((value) => ({ value, label: labels.status(value) }))}
            onChange={(value) => update({ status: value ?? undefined, page: 1 })}
            style={{ minWidth: 200 }}
            data-testid="admin-procedures-status"
          />
          <Checkbox checked={pending} onChange={(event) => update({ pending: event.target.checked, page: 1 })}>
            {t('catalogAdmin.procedures.filterPending')}
          </Checkbox>
        </Flex>
        <TableRegion label={t('catalogAdmin.procedures.heading')} minWidth={960}>
          <Table<AdminProcedureSummary>
            rowKey="id"
            columns={columns}
            dataSource={procedures.data?.items ?? []}
            loading={procedures.isFetching}
            pagination={{ current: page, pageSize, total: procedures.data?.total ?? 0, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
            onChange={(next) => update({ page: next.pageSize === pageSize ? (next.current ?? 1) : 1, pageSize: next.pageSize ?? pageSize })}
            locale={{ emptyText: t('catalogAdmin.procedures.empty') }}
            data-testid="admin-procedures-table"
          />
        </TableRegion>
      </Card>
    </>
  );
}
