import type { DefaultWorkflowLevel, WorkflowVersionStatus } from '@motcua/shared';
import { Tag } from 'antd';
import { accessibleColors } from '@/config/theme';
import { useI18n } from '@/i18n';
import { useWorkflowLabels } from '../lib/labels';

const colors: Record<WorkflowVersionStatus, string> = {
  draft: accessibleColors.neutral,
  submitted: accessibleColors.warning,
  approved: accessibleColors.success,
  rejected: accessibleColors.error,
  superseded: accessibleColors.neutral,
};

export function WorkflowStatusTag({ status }: { status: WorkflowVersionStatus }) {
  const labels = useWorkflowLabels();
  return (
    <Tag color={colors[status]} data-testid="workflow-status" data-status={status}>
      {labels.status(status)}
    </Tag>
  );
}

/** A default template: the workflow of every adopted procedure of its level without one of its own. */
export function DefaultWorkflowTag({ level }: { level: DefaultWorkflowLevel | null }) {
  const { t } = useI18n();
  if (!level) return null;
  return (
    <Tag color={accessibleColors.neutral} data-testid="workflow-default" data-level={level}>
      {t(level === 'province' ? 'workflow.default.province' : 'workflow.default.commune')}
    </Tag>
  );
}
