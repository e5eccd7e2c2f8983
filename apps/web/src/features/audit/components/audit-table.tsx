import type { AuditEntryDto } from '@motcua/shared';
import { Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';

interface AuditTableProps {
  entries: AuditEntryDto[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onPageChange: (page: number, pageSize: number) => void;
}

/** Ids are long UUIDs; the first characters tell entries apart, the full id is in the tooltip. */
function ShortId({ id }: { id: string }) {
  return (
    <code className="muted-text" title={id}>
      {` ${id.length > 13 ? `${id.slice(0, 8)}…` : id}`}
    </code>
  );
}

export function AuditTable({ entries, loading, pagination, onPageChange }: AuditTableProps) {
  const { t, tOptional } = useI18n();
  const columns: TableColumnsType<AuditEntryDto> = [
    { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
    { title: t('audit.occurredAt'), dataIndex: 'occurredAt', width: 150, render: (value: string) => formatDateTime(value) },
    {
      title: t('audit.actor'),
      dataIndex: 'actorId',
      width: 200,
      render: (_, entry) => (
        <span>
          {tOptional(`audit.actorKind.${entry.actorKind}`) ?? entry.actorKind}
          {entry.actorId ? <ShortId id={entry.actorId} /> : null}
        </span>
      ),
    },
    { title: t('audit.action'), dataIndex: 'action', render: (action: string) => <code>{action}</code> },
    {
      title: t('audit.entity'),
      dataIndex: 'entityType',
      render: (_, entry) => (
        <span>
          {entry.entityType}
          {entry.entityId ? <ShortId id={entry.entityId} /> : null}
        </span>
      ),
    },
    {
      title: t('audit.hash'),
      dataIndex: 'hash',
      width: 130,
      render: (hash: string) => (
        <Typography.Text code title={hash}>
          {hash.slice(0, 12)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <TableRegion label={t('audit.heading')} minWidth={1000}>
      <Table<AuditEntryDto>
        rowKey="seq"
        size="middle"
        columns={columns}
        dataSource={entries}
        loading={loading}
        expandable={{
          columnTitle: <span className="sr-only">{t('audit.data')}</span>,
          rowExpandable: (entry) => entry.data !== null && entry.data !== undefined,
          expandedRowRender: (entry) => (
            <figure style={{ margin: 0 }}>
              <figcaption className="muted-text">{t('audit.data')}</figcaption>
              <pre className="audit-data">{JSON.stringify(entry.data, null, 2)}</pre>
            </figure>
          ),
        }}
        pagination={{ ...pagination, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
        onChange={(next) => onPageChange(next.current ?? 1, next.pageSize ?? pagination.pageSize ?? 50)}
        locale={{ emptyText: t('audit.empty') }}
        data-testid="audit-table"
      />
    </TableRegion>
  );
}
