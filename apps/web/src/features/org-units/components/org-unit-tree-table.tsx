import { Button, Flex, Table, type TableColumnsType } from 'antd';
import { ActiveTag } from '@/components/active-tag';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';
import type { OrgUnitNode } from '../lib/org-unit-tree';
import { useOrgLevelName, useOrgUnitKindLabel } from '../lib/use-org-unit-labels';

interface OrgUnitTreeTableProps {
  roots: OrgUnitNode[];
  loading: boolean;
  expandedIds: readonly string[];
  onExpandedChange: (ids: string[]) => void;
  /** Present only when the officer may manage units. */
  onAddChild?: (parent: OrgUnitNode) => void;
  onEdit?: (unit: OrgUnitNode) => void;
}

export function OrgUnitTreeTable({ roots, loading, expandedIds, onExpandedChange, onAddChild, onEdit }: OrgUnitTreeTableProps) {
  const { t } = useI18n();
  const kindLabel = useOrgUnitKindLabel();
  const levelName = useOrgLevelName();

  const columns: TableColumnsType<OrgUnitNode> = [
    {
      title: t('orgUnits.name'),
      dataIndex: 'name',
      render: (_, unit) => (
        <span>
          {unit.name}
          {unit.shortName ? <span className="muted-text">{` (${unit.shortName})`}</span> : null}
        </span>
      ),
    },
    { title: t('orgUnits.code'), dataIndex: 'code', width: 140 },
    { title: t('orgUnits.kind'), dataIndex: 'kind', width: 190, render: (_, unit) => kindLabel(unit.kind) },
    { title: t('orgUnits.level'), dataIndex: 'levelCode', width: 110, render: (_, unit) => levelName(unit.levelCode) },
    { title: t('common.status'), dataIndex: 'isActive', width: 150, render: (_, unit) => <ActiveTag active={unit.isActive} /> },
  ];
  if (onAddChild || onEdit) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 230,
      render: (_, unit) => (
        <Flex gap={4} wrap>
          {onAddChild ? (
            <Button size="small" type="link" aria-label={t('orgUnits.addChildOf', { name: unit.name })} onClick={() => onAddChild(unit)}>
              {t('orgUnits.addChild')}
            </Button>
          ) : null}
          {onEdit ? (
            <Button size="small" type="link" aria-label={t('orgUnits.editOf', { name: unit.name })} onClick={() => onEdit(unit)}>
              {t('common.edit')}
            </Button>
          ) : null}
        </Flex>
      ),
    });
  }

  return (
    <TableRegion label={t('orgUnits.heading')} minWidth={960}>
      <Table<OrgUnitNode>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={roots}
        loading={loading}
        pagination={false}
        expandable={{
          expandedRowKeys: [...expandedIds],
          onExpandedRowsChange: (keys) => onExpandedChange(keys.map(String)),
          indentSize: 20,
        }}
        locale={{ emptyText: t('orgUnits.empty') }}
        data-testid="org-units-table"
      />
    </TableRegion>
  );
}
