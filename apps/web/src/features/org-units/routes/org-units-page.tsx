import { SearchOutlined } from '@ant-design/icons';
import { Card, Flex, Input, Typography } from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useCan } from '@/features/auth';
import { useOrgUnits } from '../api/get-org-units';
import { OrgUnitFormModal, type OrgUnitFormTarget } from '../components/org-unit-form-modal';
import { OrgUnitTreeTable } from '../components/org-unit-tree-table';
import { buildOrgUnitTree, filterOrgUnitTree, idsToDepth } from '../lib/org-unit-tree';

export function OrgUnitsPage() {
  const { t } = useI18n();
  usePageTitle(t('orgUnits.pageTitle'), 'admin');
  const can = useCan();
  const units = useOrgUnits();
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search);
  const [manualExpanded, setManualExpanded] = useState<string[] | null>(null);
  const [formTarget, setFormTarget] = useState<OrgUnitFormTarget | null>(null);

  const tree = useMemo(() => buildOrgUnitTree(units.data ?? []), [units.data]);
  const view = useMemo(() => {
    if (!query.trim()) return { roots: tree, expandedIds: idsToDepth(tree, 2), matchCount: units.data?.length ?? 0 };
    return filterOrgUnitTree(tree, query);
  }, [tree, query, units.data]);

  const manage = can('org.manage');

  return (
    <>
      <PageHeader title={t('orgUnits.heading')} />
      {units.isError ? <ErrorAlert error={units.error} title={t('errors.loadFailed')} onRetry={() => void units.refetch()} /> : null}
      <Card>
        <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
          <Input
            type="search"
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            aria-label={t('orgUnits.searchLabel')}
            placeholder={t('orgUnits.searchPlaceholder')}
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setManualExpanded(null);
            }}
            style={{ maxWidth: 420 }}
            data-testid="org-units-search"
          />
          <Typography.Text role="status">
            {t('orgUnits.count', { shown: view.matchCount, total: units.data?.length ?? 0 })}
          </Typography.Text>
        </Flex>
        <OrgUnitTreeTable
          roots={view.roots}
          loading={units.isPending}
          expandedIds={manualExpanded ?? view.expandedIds}
          onExpandedChange={setManualExpanded}
          onAddChild={manage ? (parent) => setFormTarget({ mode: 'create', parent }) : undefined}
          onEdit={manage ? (unit) => setFormTarget({ mode: 'edit', unit }) : undefined}
        />
      </Card>
      {formTarget ? <OrgUnitFormModal target={formTarget} onClose={() => setFormTarget(null)} /> : null}
    </>
  );
}
