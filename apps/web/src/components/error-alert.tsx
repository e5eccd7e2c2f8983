import { Alert, Button } from 'antd';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useI18n } from '@/i18n';

interface ErrorAlertProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

export function ErrorAlert({ error, title, onRetry }: ErrorAlertProps) {
  const { t } = useI18n();
  const describe = useErrorMessage();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? describe(error)}
      description={title ? describe(error) : undefined}
      action={onRetry ? <Button size="small" onClick={onRetry}>{t('common.retry')}</Button> : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
