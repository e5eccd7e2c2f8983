import { Button, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { mainContentId } from './skip-link';

/** Last resort for render errors, including a code chunk that vanished after a new deployment. */
export function RouteErrorPage() {
  const { t } = useI18n();
  const error = useRouteError();
  usePageTitle(t('status.errorTitle'));
  if (import.meta.env.DEV && !isRouteErrorResponse(error)) console.error(error);
  return (
    <main id={mainContentId}>
      <Result
        status="error"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('status.errorTitle')}</h1>}
        subTitle={<span style={{ color: 'rgba(0,0,0,0.72)' }}>{t('status.errorDetail')}</span>}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('status.reload')}
          </Button>
        }
      />
    </main>
  );
}
