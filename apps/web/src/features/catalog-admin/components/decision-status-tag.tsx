import type { DecisionStatus } from '@motcua/shared';
import { Tag } from 'antd';
import { accessibleColors } from '@/config/theme';
import { useI18n } from '@/i18n';

export function DecisionStatusTag({ status }: { status: DecisionStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={status === 'issued' ? accessibleColors.success : accessibleColors.neutral} data-testid="decision-status">
      {t(`catalogAdmin.decision.status.${status}`)}
    </Tag>
  );
}
