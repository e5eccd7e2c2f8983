import type { DecisionCheck } from '@motcua/shared';
import { Alert, Table, type TableColumnsType } from 'antd';
import { TableRegion } from '@/components/table-region';
import { useCatalogLabels } from '@/features/catalog';
import { useI18n } from '@/i18n';
import { DecisionTiming } from './decision-timing';

type CheckItem = DecisionCheck['items'][number];

/** What issuing would do: readiness, timing, problems and each item's missing components. */
export function DecisionCheckPanel({ check }: { check: DecisionCheck }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const columns: TableColumnsType<CheckItem> = [
    { title: t('catalog.field.code'), dataIndex: 'code', width: 130, render: (code: string) => <code>{code}</code> },
    { title: t('catalogAdmin.decision.action'), dataIndex: 'action', width: 150, render: (action: string) => labels.decisionAction(action) },
    {
      title: t('catalogAdmin.check.result'),
      key: 'check',
      render: (_, item) =>
        item.check.missing.length === 0 ? (
          t('catalogAdmin.check.complete')
        ) : (
          <ul className="check-list">
            {item.check.missing.map((missing, index) => (
              <li key={index}>
                <strong>{missing.mandatory ? t('catalogAdmin.check.mandatory') : t('catalogAdmin.check.whereApplicable')}:</strong> {missing.message}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <div data-testid="decision-check">
      <Alert
        type={check.ready ? 'success' : 'warning'}
        showIcon
        title={check.ready ? t('catalogAdmin.check.ready') : t('catalogAdmin.check.notReady')}
        description={
          check.problems.length ? (
            <ul className="check-list">
              {check.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
          ) : undefined
        }
        style={{ marginBottom: 12 }}
      />
      <DecisionTiming timing={check.timing} />
      <TableRegion label={t('catalogAdmin.check.itemsLabel')} minWidth={640}>
        <Table<CheckItem> rowKey="procedureId" size="small" columns={columns} dataSource={check.items} pagination={false} />
      </TableRegion>
    </div>
  );
}
