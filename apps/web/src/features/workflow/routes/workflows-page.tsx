import { PlusOutlined } from '@ant-design/icons';
import { workflowVersionStatuses, type WorkflowSummary, type WorkflowVersionStatus } from '@motcua/shared';
import { Card, Flex, Input, Select, Table, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { generatePath, Link, useSearchParams } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { TableRegion } from '@/components/table-region';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { useUnits } from '../api/get-units';
import { useWorkflows } from '../api/get-workflows';
import { DefaultWorkflowTag, WorkflowStatusTag } from '../components/workflow-status-tag';
import { useWorkflowAccess, WorkflowAccessGate } from '../lib/access';
import { useWorkflowLabels } from '../lib/labels';

const positive = (value: string | null, fallback: number) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : fallback);

export function WorkflowsPage() {
  return (
    <WorkflowAccessGate>
      <WorkflowList />
    </WorkflowAccessGate>
  );
}

function WorkflowList() {
  const { t } = useI18n();
  usePageTitle(t('workflow.list.pageTitle'), 'admin');
  const labels = useWorkflowLabels();
  const access = useWorkflowAccess();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const agencyUnitId = params.get('agencyUnitId') ?? undefined;
  const status = workflowVersionStatuses.find((s) => s === params.get('status'));
  const page = positive(params.get('page'), 1);
  const pageSize = positive(params.get('pageSize'), 20);
  const workflows = useWorkflows({ q: q || undefined, agencyUnitId, status, page, pageSize });
  const units = useUnits();
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const update = (next: { q?: string; agencyUnitId?: string | undefined; status?: WorkflowVersionStatus | undefined; page?: number; pageSize?: number }) => {
    const merged = { q, agencyUnitId, status, page, pageSize, ...next };
    const search = new URLSearchParams();
    if (merged.q) search.set('q', merged.q);
    if (merged.agencyUnitId) search.set('agencyUnitId', merged.agencyUnitId);
    if (merged.status) search.set('status', merged.status);
    if (merged.page > 1) search.set('page', String(merged.page));
    if (merged.pageSize !== 20) search.set('pageSize', String(merged.pageSize));
    setParams(search);
  };

  const agencies = (units.data ?? []).filter((u) => u.kind === 'department' || u.kind === 'agency' || (u.kind === 'committee' && u.depth > 0));
  const columns: TableColumnsType<WorkflowSummary> = [
    {
      title: t('workflow.list.procedure'),
      key: 'procedure',
      render: (_, w) => (
        <>
          <Link to={generatePath(paths.admin.workflow, { id: w.id })} data-testid="workflow-link">
            {w.procedure?.name ?? w.name}
          </Link>
          <div className="muted-text">
            {w.procedure ? <code>{w.procedure.code}</code> : <DefaultWorkflowTag level={w.defaultLevel} />}
          </div>
        </>
      ),
    },
    { title: t('workflow.list.variant'), key: 'variant', width: 160, render: (_, w) => w.variantName ?? t('workflow.allVariants') },
    { title: t('workflow.list.agency'), key: 'agency', width: 180, render: (_, w) => w.agencyUnit.name },
    { title: t('common.status'), key: 'status', width: 150, render: (_, w) => <WorkflowStatusTag status={w.latestStatus} /> },
    { title: t('workflow.list.versions'), key: 'versions', width: 130, render: (_, w) => `${w.approvedVersionNumber ?? '—'} / ${w.latestVersionNumber}` },
    { title: t('workflow.list.updatedAt'), dataIndex: 'updatedAt', width: 140, render: (value: string) => formatDateTime(value) },
  ];

  return (
    <>
      <PageHeader
        title={t('workflow.list.heading')}
        extra={
          access.manage ? (
            <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to={paths.admin.workflowNew} data-testid="workflow-create">
              {t('workflow.list.create')}
            </ButtonLink>
          ) : null
        }
      />
      {workflows.isError ? <ErrorAlert error={workflows.error} title={t('errors.loadFailed')} onRetry={() => void workflows.refetch()} /> : null}
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }} role="search">
          <Input.Search
            allowClear
            aria-label={t('workflow.list.searchLabel')}
            placeholder={t('workflow.list.searchPlaceholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onSearch={(value) => update({ q: value.trim(), page: 1 })}
            enterButton={t('common.search')}
            style={{ maxWidth: 380 }}
            data-testid="workflows-search"
          />
          <Select<string>
            allowClear
            showSearch={{ filterOption: (input, option) => String(option?.label ?? '').toLowerCase().includes(input.toLowerCase()) }}
            aria-label={t('workflow.list.filterAgency')}
            placeholder={t('workflow.list.filterAgency')}
            value={agencyUnitId}
            options={agencies.map((u) => ({ value: u.id, label: u.name }))}
            onChange={(value) => update({ agencyUnitId: value ?? undefined, page: 1 })}
            style={{ minWidth: 260 }}
            data-testid="workflows-agency"
          />
          <Select<WorkflowVersionStatus>
            allowClear
            aria-label={t('workflow.list.filterStatus')}
            placeholder={t('workflow.list.filterStatus')}
            value={status}
            options={workflowVersionStatuses.filter((s) => s !== 'superseded').map((s) => ({ value: s, label: labels.status(s) }))}
            onChange={(value) => update({ status: value ?? undefined, page: 1 })}
            style={{ minWidth: 220 }}
            data-testid="workflows-status"
          />
        </Flex>
        <TableRegion label={t('workflow.list.heading')} minWidth={900}>
          <Table<WorkflowSummary>
            rowKey="id"
            columns={columns}
            dataSource={workflows.data?.items ?? []}
            loading={workflows.isFetching}
            pagination={{ current: page, pageSize, total: workflows.data?.total ?? 0, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
            onChange={(next) => update({ page: next.pageSize === pageSize ? (next.current ?? 1) : 1, pageSize: next.pageSize ?? pageSize })}
            locale={{ emptyText: t('workflow.list.empty') }}
            data-testid="workflows-table"
          />
        </TableRegion>
      </Card>
    </>
  );
}
