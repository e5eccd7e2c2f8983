import { PlusOutlined } from '@ant-design/icons';
import { decisionIssuerLevels, decisionStatuses, type DecisionIssuerLevel, type DecisionStatus, type DecisionSummary } from '@motcua/shared';
import { Card, Flex, Select, Table, Tag, type TableColumnsType } from 'antd';
import { generatePath, Link, useSearchParams } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { TableRegion } from '@/components/table-region';
import { paths } from '@/config/paths';
import { accessibleColors } from '@/config/theme';
import { useCatalogLabels } from '@/features/catalog';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { formatDate, formatDateTime } from '@/lib/dates';
import { useDecisions } from '../api/get-decisions';
import { DecisionStatusTag } from '../components/decision-status-tag';
import { DecisionTiming } from '../components/decision-timing';
import { positiveInt } from '../lib/paging';

export function DecisionsPage() {
  const { t } = useI18n();
  usePageTitle(t('catalogAdmin.decisions.pageTitle'), 'admin');
  const labels = useCatalogLabels();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = decisionStatuses.find((value) => value === searchParams.get('status'));
  const issuerLevel = decisionIssuerLevels.find((value) => value === searchParams.get('issuerLevel'));
  const page = positiveInt(searchParams.get('page'), 1);
  const pageSize = positiveInt(searchParams.get('pageSize'), 50);
  const decisions = useDecisions({ status, issuerLevel, page, pageSize });

  const update = (next: { status?: DecisionStatus | undefined; issuerLevel?: DecisionIssuerLevel | undefined; page?: number; pageSize?: number }) => {
    const merged = { status, issuerLevel, page, pageSize, ...next };
    const params = new URLSearchParams();
    if (merged.status) params.set('status', merged.status);
    if (merged.issuerLevel) params.set('issuerLevel', merged.issuerLevel);
    if (merged.page > 1) params.set('page', String(merged.page));
    if (merged.pageSize !== 50) params.set('pageSize', String(merged.pageSize));
    setSearchParams(params);
  };

  const columns: TableColumnsType<DecisionSummary> = [
    {
      title: t('catalogAdmin.decision.number'),
      dataIndex: 'number',
      width: 160,
      render: (number: string, decision) => (
        <Flex vertical gap={4} align="start">
          <Link to={generatePath(paths.admin.catalogDecision, { id: decision.id })} data-testid="decision-link">
            {number}
          </Link>
          <DecisionStatusTag status={decision.status} />
        </Flex>
      ),
    },
    {
      title: t('catalogAdmin.decision.title'),
      dataIndex: 'title',
      render: (title: string, decision) => (
        <>
          <div>{title}</div>
          <div className="muted-text">{[labels.issuerLevel(decision.issuerLevel), decision.signer].filter(Boolean).join(' · ')}</div>
        </>
      ),
    },
    {
      title: t('catalogAdmin.decision.dates'),
      key: 'dates',
      width: 180,
      render: (_, decision) => (
        <>
          <div>{t('catalogAdmin.decision.signedOnShort', { date: decision.signedOn ? formatDate(decision.signedOn) : '—' })}</div>
          <div>{t('catalogAdmin.decision.effectiveOnShort', { date: decision.effectiveOn ? formatDate(decision.effectiveOn) : '—' })}</div>
          {decision.issuedAt ? <div className="muted-text">{t('catalogAdmin.decision.issuedAtShort', { time: formatDateTime(decision.issuedAt) })}</div> : null}
        </>
      ),
    },
    { title: t('catalogAdmin.decision.itemCount'), dataIndex: 'itemCount', width: 90, align: 'center' },
    {
      title: t('catalogAdmin.decision.timing'),
      key: 'timing',
      width: 250,
      render: (_, decision) => (
        <>
          <DecisionTiming timing={decision.timing} compact />
          <Flex gap={4} wrap>
            {decision.lateCount > 0 ? <Tag color={accessibleColors.error}>{t('catalogAdmin.decision.lateCount', { count: decision.lateCount })}</Tag> : null}
            {decision.incompleteCount > 0 ? <Tag color={accessibleColors.warning}>{t('catalogAdmin.decision.incompleteCount', { count: decision.incompleteCount })}</Tag> : null}
          </Flex>
        </>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('catalogAdmin.decisions.heading')}
        description={t('catalogAdmin.decisions.lead')}
        extra={
          <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to={paths.admin.catalogDecisionNew} data-testid="decision-create">
            {t('catalogAdmin.decisions.create')}
          </ButtonLink>
        }
      />
      {decisions.isError ? <ErrorAlert error={decisions.error} title={t('errors.loadFailed')} onRetry={() => void decisions.refetch()} /> : null}
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select<DecisionStatus>
            allowClear
            aria-label={t('catalogAdmin.decisions.filterStatus')}
            placeholder={t('catalogAdmin.decisions.filterStatus')}
            value={status}
            options={decisionStatuses.map((value) => ({ value, label: t(`catalogAdmin.decision.status.${value}`) }))}
            onChange={(value) => update({ status: value ?? undefined, page: 1 })}
            style={{ minWidth: 200 }}
          />
          <Select<DecisionIssuerLevel>
            allowClear
            aria-label={t('catalogAdmin.decisions.filterIssuer')}
            placeholder={t('catalogAdmin.decisions.filterIssuer')}
            value={issuerLevel}
            options={decisionIssuerLevels.map((value) => ({ value, label: labels.issuerLevel(value) }))}
            onChange={(value) => update({ issuerLevel: value ?? undefined, page: 1 })}
            style={{ minWidth: 200 }}
          />
        </Flex>
        <TableRegion label={t('catalogAdmin.decisions.heading')} minWidth={940}>
          <Table<DecisionSummary>
            rowKey="id"
            columns={columns}
            dataSource={decisions.data?.items ?? []}
            loading={decisions.isFetching}
            pagination={{ current: page, pageSize, total: decisions.data?.total ?? 0, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
            onChange={(next) => update({ page: next.pageSize === pageSize ? (next.current ?? 1) : 1, pageSize: next.pageSize ?? pageSize })}
            locale={{ emptyText: t('catalogAdmin.decisions.empty') }}
            data-testid="decisions-table"
          />
        </TableRegion>
      </Card>
    </>
  );
}
