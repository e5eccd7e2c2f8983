import type { DossierSummary } from '@motcua/shared';
import { Table, type TableColumnsType, type TableProps } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { generatePath, Link } from 'react-router';
import { TableRegion } from '@/components/table-region';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { DossierStatusTag, DueDate } from './dossier-tags';

export type DossierSortKey = 'due_at' | 'received_at';

interface DossierTableProps {
  label: string;
  testId: string;
  items: DossierSummary[];
  loading: boolean;
  pagination: TableProps<DossierSummary>['pagination'];
  /** Which column sorts, and how; absent means the columns are not sortable. */
  sort?: { key: DossierSortKey; descending: boolean } | undefined;
  onChange?: TableProps<DossierSummary>['onChange'];
  rowSelection?: TableProps<DossierSummary>['rowSelection'];
  /** An extra column at the end (e.g. the return action of the desk). */
  action?: { title: string; render: (dossier: DossierSummary) => ReactNode } | undefined;
  emptyText: string;
}

/** One row per dossier: code, procedure, applicant, status, due date with its standing, where it is and who holds it. */
export function DossierTable({ label, testId, items, loading, pagination, sort, onChange, rowSelection, action, emptyText }: DossierTableProps) {
  const { t } = useI18n();
  const order = (key: DossierSortKey) => (sort?.key === key ? (sort.descending ? 'descend' : 'ascend') : null);
  const columns: TableColumnsType<DossierSummary> = [
    {
      title: t('dossiers.field.code'),
      dataIndex: 'code',
      width: 190,
      render: (code: string, dossier) => (
        <Link to={generatePath(paths.admin.dossier, { id: dossier.id })} data-testid="dossier-link">
          <code>{code}</code>
        </Link>
      ),
    },
    {
      title: t('dossiers.field.procedure'),
      key: 'procedure',
      render: (_, dossier) => (
        <>
          {dossier.procedure.name}
          <div className="muted-text">
            <code>{dossier.procedure.code}</code>
          </div>
        </>
      ),
    },
    { title: t('dossiers.field.applicant'), dataIndex: 'applicantName', width: 170 },
    { title: t('common.status'), key: 'status', width: 170, render: (_, dossier) => <DossierStatusTag status={dossier.status} /> },
    {
      title: t('dossiers.field.receivedAt'),
      key: 'received_at',
      dataIndex: 'receivedAt',
      width: 130,
      sorter: sort ? true : false,
      sortOrder: order('received_at'),
      render: (value: string | null) => formatDateTime(value),
    },
    {
      title: t('dossiers.field.dueAt'),
      key: 'due_at',
      width: 160,
      sorter: sort ? true : false,
      sortOrder: order('due_at'),
      render: (_, dossier) => <DueDate dueAt={dossier.dueAt} standing={dossier.standing.value} />,
    },
    { title: t('dossiers.field.currentUnit'), key: 'unit', width: 160, render: (_, dossier) => dossier.currentUnit.name },
    { title: t('dossiers.field.assignee'), key: 'assignee', width: 150, render: (_, dossier) => dossier.assignee?.fullName ?? t('dossiers.unassigned') },
  ];
  if (action) columns.push({ title: action.title, key: 'action', width: 150, render: (_, dossier) => action.render(dossier) });
  return (
    <TableRegion label={label} minWidth={1100}>
      <Table<DossierSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={items}
        loading={loading}
        pagination={pagination}
        onChange={onChange}
        rowSelection={rowSelection}
        locale={{ emptyText }}
        data-testid={testId}
        onRow={(dossier) => ({ 'data-code': dossier.code }) as HTMLAttributes<HTMLElement>}
      />
    </TableRegion>
  );
}
