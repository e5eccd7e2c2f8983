import type { LegalLimitView, WorkflowDetail, WorkflowVersionView } from '@motcua/shared';
import { Table, type TableColumnsType } from 'antd';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { useWorkflowLabels } from '../lib/labels';
import { WorkflowDiagram } from './workflow-diagram';
import { WorkflowStatusTag } from './workflow-status-tag';

/** Every version, newest first; a row opens to its diagram. */
export function VersionHistory({ workflow, unitNames }: { workflow: WorkflowDetail; unitNames: Map<string, string> }) {
  const { t } = useI18n();
  const labels = useWorkflowLabels();
  const limitText = (l: LegalLimitView | null) => (l ? labels.limit(l) : t('common.notAvailable'));
  const columns: TableColumnsType<WorkflowVersionView> = [
    { title: t('workflow.history.version'), dataIndex: 'number', width: 90 },
    { title: t('common.status'), key: 'status', width: 150, render: (_, v) => <WorkflowStatusTag status={v.status} /> },
    { title: t('workflow.history.total'), key: 'total', width: 220, render: (_, v) => `${labels.hours(v.totalBudgetHours)} / ${limitText(v.legalLimit)}` },
    { title: t('workflow.history.created'), key: 'created', width: 200, render: (_, v) => `${v.createdBy?.fullName ?? ''} ${formatDateTime(v.createdAt)}` },
    {
      title: t('workflow.history.decision'),
      key: 'decision',
      width: 220,
      render: (_, v) => (v.decidedAt ? `${v.decidedBy?.fullName ?? ''} ${formatDateTime(v.decidedAt)}` : v.submittedAt ? t('workflow.page.submittedBy', { name: v.submittedBy?.fullName ?? '', time: formatDateTime(v.submittedAt) }) : ''),
    },
    { title: t('workflow.history.note'), key: 'note', width: 260, render: (_, v) => [v.changeNote, v.decisionNote].filter(Boolean).join(' — ') },
  ];
  return (
    <TableRegion label={t('workflow.page.historyHeading')} minWidth={1100}>
      <Table<WorkflowVersionView>
        rowKey="id"
        columns={columns}
        dataSource={workflow.versions}
        pagination={false}
        expandable={{ expandedRowRender: (v) => <WorkflowDiagram steps={v.steps} number={v.number} unitNames={unitNames} testId="workflow-history-diagram" /> }}
        data-testid="workflow-versions-table"
      />
    </TableRegion>
  );
}
