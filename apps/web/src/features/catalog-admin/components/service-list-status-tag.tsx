import type { ServiceListStatus } from '@motcua/shared';
import { Tag } from 'antd';
import { accessibleColors } from '@/config/theme';
import { useI18n } from '@/i18n';

const colors: Record<ServiceListStatus, string> = { draft: accessibleColors.neutral, published: accessibleColors.success, superseded: accessibleColors.warning };

export function ServiceListStatusTag({ status }: { status: ServiceListStatus }) {
  const { t } = useI18n();
  return <Tag color={colors[status]}>{t(`catalogAdmin.serviceList.status.${status}`)}</Tag>;
}
