import { Tag } from 'antd';
import { accessibleColors } from '@/config/theme';
import { useI18n } from '@/i18n';

/** Dark custom colours: antd's preset tag colours (green, orange…) fall below 4.5:1 contrast. */
export function ActiveTag({ active }: { active: boolean }) {
  const { t } = useI18n();
  return (
    <Tag color={active ? accessibleColors.success : accessibleColors.neutral}>
      {active ? t('common.active') : t('common.inactive')}
    </Tag>
  );
}
