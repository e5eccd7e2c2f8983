import { Flex, Spin } from 'antd';
import { useI18n } from '@/i18n';

export function PageSpinner() {
  const { t } = useI18n();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }} role="status">
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}
