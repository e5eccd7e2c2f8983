import type { Officer } from '@motcua/shared';
import { Button, Flex, Table, Tag, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { ActiveTag } from '@/components/active-tag';
import { accessibleColors } from '@/config/theme';
import { useRoleName } from '@/features/roles';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';
import { formatDate, formatDateTime } from '@/lib/dates';

export type OfficerAction = 'edit' | 'roles' | 'reset-password';

interface OfficersTableProps {
  officers: Officer[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onPageChange: (page: number, pageSize: number) => void;
  /** Present only when the officer may manage officers. */
  onAction?: (action: OfficerAction, officer: Officer) => void;
}

function isLocked(officer: Officer): boolean {
  return officer.lockedUntil !== null && new Date(officer.lockedUntil).getTime() > Date.now();
}

export function OfficersTable({ officers, loading, pagination, onPageChange, onAction }: OfficersTableProps) {
  const { t } = useI18n();
  const roleName = useRoleName();

  const columns: TableColumnsType<Officer> = [
    { title: t('officers.fullName'), dataIndex: 'fullName', width: 190, render: (name: string) => <strong>{name}</strong> },
    { title: t('officers.username'), dataIndex: 'username', width: 130 },
    {
      title: t('officers.roles'),
      dataIndex: 'roles',
      render: (_, officer) => (
        <Flex vertical gap={2}>
          {officer.roles.map((assignment) => (
            <span key={`${assignment.role}@${assignment.orgUnitId}`}>
              {roleName(assignment.role)}
              <span className="muted-text">{` · ${assignment.orgUnitName}`}</span>
            </span>
          ))}
        </Flex>
      ),
    },
    {
      title: t('common.status'),
      dataIndex: 'isActive',
      width: 170,
      render: (_, officer) => (
        <Flex vertical gap={4} align="start">
          <ActiveTag active={officer.isActive} />
          {isLocked(officer) ? (
            <Tag color={accessibleColors.warning}>{t('officers.locked', { time: formatDateTime(officer.lockedUntil) })}</Tag>
          ) : null}
        </Flex>
      ),
    },
    { title: t('officers.totp'), dataIndex: 'totpEnabled', width: 110, render: (enabled: boolean) => (enabled ? t('common.yes') : t('common.no')) },
    { title: t('officers.createdAt'), dataIndex: 'createdAt', width: 110, render: (value: string) => formatDate(value) },
  ];
  if (onAction) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 180,
      render: (_, officer) => (
        <Flex vertical align="start" role="group" aria-label={t('officers.actionsFor', { name: officer.fullName })}>
          <Button size="small" type="link" onClick={() => onAction('edit', officer)}>{t('common.edit')}</Button>
          <Button size="small" type="link" onClick={() => onAction('roles', officer)}>{t('officers.editRoles')}</Button>
          <Button size="small" type="link" onClick={() => onAction('reset-password', officer)}>{t('officers.resetPassword')}</Button>
        </Flex>
      ),
    });
  }

  return (
    <TableRegion label={t('officers.heading')} minWidth={1180}>
      <Table<Officer>
        rowKey="id"
        columns={columns}
        dataSource={officers}
        loading={loading}
        pagination={{ ...pagination, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
        onChange={(next) => onPageChange(next.current ?? 1, next.pageSize ?? pagination.pageSize ?? 20)}
        locale={{ emptyText: t('officers.empty') }}
        data-testid="officers-table"
      />
    </TableRegion>
  );
}
