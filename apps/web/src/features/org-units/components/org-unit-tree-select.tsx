import { TreeSelect, type TreeSelectProps } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '@/i18n';
import { useOrgUnits } from '../api/get-org-units';
import { buildOrgUnitTree, normaliseForSearch, type OrgUnitNode } from '../lib/org-unit-tree';

interface TreeOption {
  value: string;
  title: string;
  searchText: string;
  disabled?: boolean;
  children?: TreeOption[];
}

function toOptions(nodes: OrgUnitNode[]): TreeOption[] {
  return nodes.map((node) => ({
    value: node.id,
    title: node.name,
    searchText: normaliseForSearch(`${node.name} ${node.shortName ?? ''} ${node.code}`),
    disabled: !node.isActive,
    children: node.children ? toOptions(node.children) : undefined,
  }));
}

type OrgUnitTreeSelectProps = Omit<TreeSelectProps<string>, 'treeData' | 'showSearch' | 'filterTreeNode'>;

/** Picks one unit from the officer's visible tree; searching ignores Vietnamese diacritics. */
export function OrgUnitTreeSelect(props: OrgUnitTreeSelectProps) {
  const { t } = useI18n();
  const units = useOrgUnits();
  const treeData = useMemo(() => toOptions(buildOrgUnitTree(units.data ?? [])), [units.data]);
  return (
    <TreeSelect<string>
      placeholder={t('orgUnits.selectPlaceholder')}
      loading={units.isPending}
      treeDefaultExpandedKeys={treeData.map((root) => root.value)}
      popupMatchSelectWidth={false}
      style={{ minWidth: 260 }}
      {...props}
      treeData={treeData}
      showSearch
      filterTreeNode={(input, node) => String((node as unknown as TreeOption).searchText ?? '').includes(normaliseForSearch(input))}
    />
  );
}
