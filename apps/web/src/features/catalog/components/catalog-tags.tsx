import type { OnlineLevel, ProcedureStatus } from '@motcua/shared';
import { Tag } from 'antd';
import { accessibleColors } from '@/config/theme';
import { useCatalogLabels } from '../lib/labels';

// Dark custom colours only: antd's preset tag colours fall below 4.5:1 contrast.
const onlineLevelColors: Record<OnlineLevel, string> = {
  full: accessibleColors.success,
  partial: accessibleColors.info,
  none: accessibleColors.neutral,
};

const statusColors: Record<ProcedureStatus, string> = {
  draft: accessibleColors.neutral,
  published: accessibleColors.success,
  amended: accessibleColors.info,
  replaced: accessibleColors.warning,
  abolished: accessibleColors.error,
};

export function OnlineLevelTag({ level }: { level: OnlineLevel }) {
  const labels = useCatalogLabels();
  return (
    <Tag color={onlineLevelColors[level]} data-testid="online-level-tag">
      {labels.onlineLevel(level)}
    </Tag>
  );
}

export function ProcedureStatusTag({ status }: { status: ProcedureStatus }) {
  const labels = useCatalogLabels();
  return (
    <Tag color={statusColors[status]} data-testid="procedure-status-tag">
      {labels.status(status)}
    </Tag>
  );
}
