import type { WorkflowVersionStatus } from '@motcua/shared';
import { Tag } from 'antd';
import { accessibleColors } from '@/config/theme';
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
