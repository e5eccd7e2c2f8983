import { Table, Tag, type TableColumnsType } from 'antd';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';
import type { RoleView } from '../api/get-roles';
import { usePermissionLabel, useRoleName } from '../lib/use-role-labels';

export function RolesTable({ roles, loading }: { roles: RoleView[]; loading: boolean }) {
  const { t } = useI18n();
  const roleName = useRoleName();
  const permissionLabel = usePermissionLabel();
  const columns: TableColumnsType<RoleView> = [
    { title: t('roles.name'), dataIndex: 'name', render: (_, role) => <strong>{roleName(role.code)}</strong> },
    { title: t('roles.code'), dataIndex: 'code', width: 170, render: (code: string) => <code>{code}</code> },
    {
      title: t('roles.permissions'),
      dataIndex: 'permissions',
      render: (_, role) =>
        role.permissions.map((permission) => (
          <Tag key={permission} title={permission} style={{ marginBottom: 4 }}>
            {permissionLabel(permission)}
          </Tag>
        )),
    },
    {
      title: t('roles.requiresTotp'),
      dataIndex: 'requiresTotp',
      width: 150,
      render: (required: boolean) => (required ? t('common.yes') : t('common.no')),
    },
  ];
  return (
    <TableRegion label={t('roles.heading')} minWidth={800}>
      <Table<RoleView>
        rowKey="code"
        columns={columns}
        dataSource={roles}
        loading={loading}
        pagination={false}
        data-testid="roles-table"
      />
    </TableRegion>
  );
}
