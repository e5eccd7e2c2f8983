import type { PaymentStatus, ReconciliationBucket, ReconciliationDay, ReconciliationRow } from '@motcua/shared';
import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { DateRangeFilter } from '@/components/date-range-filter';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { TableRegion } from '@/components/table-region';
import { paths } from '@/config/paths';
import { accessibleColors } from '@/config/theme';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n, type MessageKey } from '@/i18n';
import { displayTimeZone, formatDate, formatDateTime, legalDateOr } from '@/lib/dates';
import { reconciliationExportUrl, useReconciliation } from '../api/get-reconciliation';
import { formatVnd } from '@/lib/format';

const buckets: PaymentStatus[] = ['paid', 'failed', 'cancelled', 'expired', 'pending'];
const statusColor: Record<PaymentStatus, string> = {
  paid: accessibleColors.success, failed: accessibleColors.error, cancelled: accessibleColors.neutral, expired: accessibleColors.warning, pending: accessibleColors.info,
};
const statusLabel: Record<PaymentStatus, MessageKey> = {
  paid: 'payments.status.paid', failed: 'payments.status.failed', cancelled: 'payments.status.cancelled', expired: 'payments.status.expired', pending: 'payments.status.pending',
};

function BucketCell({ bucket }: { bucket: ReconciliationBucket }) {
  const { t } = useI18n();
  return (
    <span>
      {formatVnd(bucket.amount)}
      <Typography.Text type="secondary"> · {t('payments.reconciliation.count', { count: bucket.count })}</Typography.Text>
    </span>
  );
}

/** `/admin/payments/reconciliation`: online payments per day for the officer's units, to match against the bank. */
export function ReconciliationPage() {
  const { t } = useI18n();
  usePageTitle(t('payments.reconciliation.pageTitle'), 'admin');
  const [search, setSearch] = useSearchParams();
  const today = dayjs().tz(displayTimeZone);
  const from = legalDateOr(search.get('from'), today.startOf('month').format('YYYY-MM-DD'));
  const to = legalDateOr(search.get('to'), today.format('YYYY-MM-DD'));
  const report = useReconciliation({ from, to });
  const data = report.data;

  return (
    <>
      <PageHeader
        title={t('payments.reconciliation.heading')}
        description={t('payments.reconciliation.lead')}
        extra={
          <Button icon={<FileExcelOutlined aria-hidden />} href={reconciliationExportUrl({ from, to })} download data-testid="reconciliation-export">
            {t('payments.reconciliation.export')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={12} wrap align="center" role="search">
          <DateRangeFilter from={from} to={to} label={t('payments.reconciliation.range')} onChange={(start, end) => setSearch({ from: start, to: end })} data-testid="reconciliation-range" />
        </Flex>
      </Card>
      {report.isError ? <ErrorAlert error={report.error} title={t('errors.loadFailed')} onRetry={() => void report.refetch()} /> : null}
      <Row gutter={[16, 16]} className="reconciliation-totals" data-testid="reconciliation-totals">
        {buckets.map((status) => (
          <Col key={status} xs={24} sm={12} lg={8} xl={{ flex: '20%' }}>
            <Card size="small">
              <Statistic
                title={t(statusLabel[status])}
                value={data ? formatVnd(data.totals[status].amount) : '–'}
                suffix={data ? <Typography.Text type="secondary" style={{ fontSize: 14 }}>{t('payments.reconciliation.count', { count: data.totals[status].count })}</Typography.Text> : null}
                loading={report.isPending}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={<h2 className="reconciliation-card-heading">{t('payments.reconciliation.byDay')}</h2>} style={{ marginBottom: 16 }}>
        <TableRegion label={t('payments.reconciliation.byDay')} minWidth={980}>
          <Table<ReconciliationDay>
            rowKey="date"
            size="small"
            pagination={false}
            loading={report.isFetching}
            dataSource={data?.days ?? []}
            locale={{ emptyText: t('payments.reconciliation.empty') }}
            data-testid="reconciliation-days"
            columns={[
              { title: t('payments.reconciliation.date'), dataIndex: 'date', width: 120, render: (value: string) => formatDate(value) },
              ...buckets.map((status) => ({
                title: t(statusLabel[status]), key: status, align: 'right' as const, render: (_: unknown, d: ReconciliationDay) => <BucketCell bucket={d[status]} />,
              })),
            ]}
          />
        </TableRegion>
      </Card>
      <Card title={<h2 className="reconciliation-card-heading">{t('payments.reconciliation.transactions')}</h2>}>
        <TableRegion label={t('payments.reconciliation.transactions')} minWidth={1480}>
          <Table<ReconciliationRow>
            rowKey="id"
            size="small"
            loading={report.isFetching}
            dataSource={data?.rows ?? []}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
            locale={{ emptyText: t('payments.reconciliation.empty') }}
            data-testid="reconciliation-rows"
            columns={[
              { title: t('payments.reconciliation.date'), dataIndex: 'date', width: 110, render: (value: string) => formatDate(value) },
              { title: t('payments.reconciliation.txnRef'), dataIndex: 'txnRef', width: 170 },
              { title: t('payments.reconciliation.providerTxnId'), dataIndex: 'providerTxnId', width: 140, render: (value: string | null) => value ?? '' },
              {
                title: t('payments.reconciliation.dossier'), dataIndex: 'dossierCode', width: 200,
                render: (code: string, r: ReconciliationRow) => <Link to={paths.admin.dossier.replace(':id', r.dossierId)}>{code}</Link>,
              },
              { title: t('payments.reconciliation.unit'), dataIndex: 'competentUnitName', width: 220 },
              { title: t('payments.reconciliation.amount'), dataIndex: 'amount', width: 130, align: 'right', render: (value: number) => formatVnd(value) },
              {
                title: t('payments.reconciliation.status'), dataIndex: 'status', width: 150,
                render: (status: PaymentStatus) => <Tag color={statusColor[status]}>{t(statusLabel[status])}</Tag>,
              },
              { title: t('payments.reconciliation.paidAt'), dataIndex: 'paidAt', width: 140, render: (value: string | null) => formatDateTime(value) },
              {
                title: t('payments.reconciliation.note'), key: 'note',
                render: (_: unknown, r: ReconciliationRow) =>
                  r.recordProblem ? (
                    <Typography.Text type="danger">{t(`payments.problem.${r.recordProblem}`)}</Typography.Text>
                  ) : r.status === 'paid' ? (
                    r.recordedOnDossier ? t('payments.reconciliation.recorded') : t('payments.reconciliation.notRecorded')
                  ) : (r.failureReason ?? ''),
              },
            ]}
          />
        </TableRegion>
      </Card>
    </>
  );
}
