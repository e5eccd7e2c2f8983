import { HistoryOutlined } from '@ant-design/icons';
import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { useDeadlineChanges, type DeadlineChangeDto } from '../api/get-deadline-changes';

/** Deadlines of open dossiers that a change of the calendar moved, with the reason. */
export function DeadlineChangesPanel() {
  const { t, tOptional } = useI18n();
  const changes = useDeadlineChanges(true);
  const dueOrNone = (value: string | null) => (value ? formatDateTime(value) : t('calendar.noDue'));
  const columns: TableColumnsType<DeadlineChangeDto> = [
    {
      title: t('calendar.changeSubject'),
      key: 'subject',
      width: 220,
      render: (_, change) => (
        <>
          <span className="muted-text">{tOptional(`calendar.subjectType.${change.subjectType}`) ?? change.subjectType}</span>{' '}
          <code>{change.subjectId}</code>
        </>
      ),
    },
    { title: t('calendar.oldDue'), dataIndex: 'oldDueAt', width: 150, render: dueOrNone },
    { title: t('calendar.newDue'), dataIndex: 'newDueAt', width: 150, render: dueOrNone },
    { title: t('calendar.changeReason'), dataIndex: 'reason' },
    { title: t('calendar.changedAt'), dataIndex: 'changedAt', width: 150, render: (value: string) => formatDateTime(value) },
  ];
  return (
    <Card
      title={
        <Typography.Title level={2} className="calendar-card-title" id="calendar-deadline-changes-heading">
          <HistoryOutlined aria-hidden /> {t('calendar.deadlineChanges')}
        </Typography.Title>
      }
      data-testid="calendar-deadline-changes"
    >
      {changes.isError ? <ErrorAlert error={changes.error} title={t('errors.loadFailed')} onRetry={() => void changes.refetch()} /> : null}
      <TableRegion label={t('calendar.deadlineChanges')} minWidth={720}>
        <Table<DeadlineChangeDto>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={changes.data ?? []}
          loading={changes.isFetching}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
          locale={{ emptyText: t('calendar.noDeadlineChanges') }}
          data-testid="calendar-deadline-changes-table"
        />
      </TableRegion>
    </Card>
  );
}
